// Draws a tie between two actors, refusing ties to oneself, to missing actors, and second ties of the same type.
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { EditResult, Tie, TieId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { blankTieDetails } from '../../shared/record-defaults';
import { recordSet, type MapStore } from '../store';
import { quotedName } from './labels';
import { requireActor, requireEntry, requireTieType } from './lookups';
import { NO_RECORDS } from './patch';
import { newProvenance } from './provenance';
import { runEdit } from './run-edit';

export function createTie(store: MapStore, input: Input<'ties.create'>): EditResult {
  return runEdit(store, () => {
    if (input.fromId === input.toId) {
      throw new CaremapError(
        'invalid-input',
        'A tie joins two different actors; an actor cannot have a tie to itself.',
        { field: 'toId' },
      );
    }
    const from = requireActor(store, input.fromId);
    const to = requireActor(store, input.toId);
    const tieTypeId = input.tieTypeId ?? null;
    const tieType = tieTypeId === null ? null : requireTieType(store, tieTypeId);
    const statusId = input.statusId ?? null;
    if (statusId !== null) requireEntry(store, 'tieStatuses', statusId, 'statusId');
    const direction = input.direction ?? 'one-way';
    const clash = store.tieClashingWith({ fromId: from.id, toId: to.id, tieTypeId, direction });
    if (clash) {
      const what = tieType ? `a ${tieType.name.toLowerCase()} tie` : 'a tie';
      // A one-way tie back the other way is allowed; say which tie is in the way so the facilitator can change it.
      const where =
        clash.direction === 'one-way'
          ? `from ${quotedName(from.name)} to ${quotedName(to.name)}`
          : `between ${quotedName(from.name)} and ${quotedName(to.name)}`;
      throw new CaremapError('invalid-input', `There is already ${what} ${where}.`, { field: 'toId' });
    }
    const details = blankTieDetails(newProvenance(input.provenance));
    const tie: Tie = {
      id: randomUUID() as TieId,
      fromId: from.id,
      toId: to.id,
      tieTypeId,
      direction,
      ...details,
      strength: input.strength ?? details.strength,
      statusId,
      since: input.since ?? null,
      notes: input.notes ?? '',
    };
    const label =
      tie.direction === 'one-way'
        ? `Add tie from ${quotedName(from.name)} to ${quotedName(to.name)}`
        : `Add tie between ${quotedName(from.name)} and ${quotedName(to.name)}`;
    return { label, patch: { before: NO_RECORDS, after: recordSet({ ties: [tie] }) } };
  });
}
