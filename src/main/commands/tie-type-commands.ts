// Types of tie: add, edit (name, colour), delete (giving its ties another type, or none).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { EditResult, TieType, TieTypeId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { recordSet, type MapStore } from '../store';
import { countOf, quotedName } from './labels';
import { requireEntry } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit } from './run-edit';
import { nextSortOrder, requireFreeName, updateLabel } from './taxonomy-entries';
import { requireNoDuplicateTies } from './tie-conflicts';

export function createTieType(store: MapStore, input: Input<'tieTypes.create'>): EditResult {
  return runEdit(store, () => {
    requireFreeName(store, 'tieTypes', input.name);
    const tieType: TieType = {
      id: randomUUID() as TieTypeId,
      name: input.name,
      colour: input.colour,
      sortOrder: nextSortOrder(store, 'tieTypes'),
    };
    return {
      label: `Add tie type ${quotedName(tieType.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ tieTypes: [tieType] }) },
    };
  });
}

export function updateTieType(store: MapStore, input: Input<'tieTypes.update'>): EditResult {
  return runEdit(store, () => {
    const tieType = requireEntry(store, 'tieTypes', input.id);
    if (input.name !== undefined) requireFreeName(store, 'tieTypes', input.name, tieType.id);
    const updated: TieType = { ...tieType, name: input.name ?? tieType.name, colour: input.colour ?? tieType.colour };
    return {
      label: updateLabel('tieTypes', tieType.name, updated.name),
      patch: { before: recordSet({ tieTypes: [tieType] }), after: recordSet({ tieTypes: [updated] }) },
    };
  });
}

export function deleteTieType(store: MapStore, input: Input<'tieTypes.delete'>): EditResult {
  return runEdit(store, () => {
    const tieType = requireEntry(store, 'tieTypes', input.id);
    const ties = store.tiesOfType(tieType.id);
    const label = `Delete tie type ${quotedName(tieType.name)}`;
    if (ties.length > 0 && input.reassignTo === undefined) {
      throw new CaremapError(
        'in-use',
        `${countOf(ties.length, 'tie')} ${ties.length === 1 ? 'is' : 'are'} of the type ${quotedName(tieType.name)}. Choose another type for ${ties.length === 1 ? 'it' : 'them'}, or none, before deleting this one.`,
        { field: 'reassignTo' },
      );
    }
    const reassignTo = input.reassignTo ?? null;
    if (reassignTo === tieType.id) {
      throw new CaremapError(
        'invalid-input',
        'Choose another type for its ties; they cannot keep the type being deleted.',
        { field: 'reassignTo' },
      );
    }
    if (reassignTo !== null) requireEntry(store, 'tieTypes', reassignTo, 'reassignTo');
    const moved = ties.map((tie) => ({ ...tie, tieTypeId: reassignTo }));
    requireNoDuplicateTies(store, moved, 'reassignTo');
    return { label, patch: { before: recordSet({ tieTypes: [tieType], ties }), after: recordSet({ ties: moved }) } };
  });
}
