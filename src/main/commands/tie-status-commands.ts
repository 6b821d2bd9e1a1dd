// Tie statuses (generative, engaged, inactive, potential…): add, edit (name, line style), delete (re-marking its ties).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { EditResult, TieStatus, TieStatusId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { recordSet, type MapStore } from '../store';
import { countOf, quotedName } from './labels';
import { requireEntry } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit } from './run-edit';
import { nextSortOrder, requireFreeName, updateLabel } from './taxonomy-entries';

export function createTieStatus(store: MapStore, input: Input<'tieStatuses.create'>): EditResult {
  return runEdit(store, () => {
    requireFreeName(store, 'tieStatuses', input.name);
    const status: TieStatus = {
      id: randomUUID() as TieStatusId,
      name: input.name,
      lineStyle: input.lineStyle,
      sortOrder: nextSortOrder(store, 'tieStatuses'),
    };
    return {
      label: `Add tie status ${quotedName(status.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ tieStatuses: [status] }) },
    };
  });
}

export function updateTieStatus(store: MapStore, input: Input<'tieStatuses.update'>): EditResult {
  return runEdit(store, () => {
    const status = requireEntry(store, 'tieStatuses', input.id);
    if (input.name !== undefined) requireFreeName(store, 'tieStatuses', input.name, status.id);
    const updated: TieStatus = {
      ...status,
      name: input.name ?? status.name,
      lineStyle: input.lineStyle ?? status.lineStyle,
    };
    return {
      label: updateLabel('tieStatuses', status.name, updated.name),
      patch: { before: recordSet({ tieStatuses: [status] }), after: recordSet({ tieStatuses: [updated] }) },
    };
  });
}

export function deleteTieStatus(store: MapStore, input: Input<'tieStatuses.delete'>): EditResult {
  return runEdit(store, () => {
    const status = requireEntry(store, 'tieStatuses', input.id);
    const ties = store.tiesWithStatus(status.id);
    if (ties.length > 0 && input.reassignTo === undefined) {
      throw new CaremapError(
        'in-use',
        `${countOf(ties.length, 'tie')} ${ties.length === 1 ? 'is' : 'are'} marked ${quotedName(status.name)}. Choose another status for ${ties.length === 1 ? 'it' : 'them'}, or none, before deleting this one.`,
        { field: 'reassignTo' },
      );
    }
    const reassignTo = input.reassignTo ?? null;
    if (reassignTo === status.id) {
      throw new CaremapError(
        'invalid-input',
        'Choose another status for its ties; they cannot keep the status being deleted.',
        { field: 'reassignTo' },
      );
    }
    if (reassignTo !== null) requireEntry(store, 'tieStatuses', reassignTo, 'reassignTo');
    const moved = ties.map((tie) => ({ ...tie, statusId: reassignTo }));
    return {
      label: `Delete tie status ${quotedName(status.name)}`,
      patch: { before: recordSet({ tieStatuses: [status], ties }), after: recordSet({ ties: moved }) },
    };
  });
}
