// Edits one tie, or several at once (type, direction, strength, status, since, provenance), as one undo step.
import type { Input } from '../../shared/api';
import type { TiePatch } from '../../shared/api-record-schemas';
import type { EditResult, Tie } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { countOf, quotedName } from './labels';
import { requireActors, requireEntry, requireTies } from './lookups';
import { patchProvenance } from './provenance';
import { runEdit } from './run-edit';
import { requireNoDuplicateTies } from './tie-conflicts';

function applyTiePatch(tie: Tie, patch: TiePatch): Tie {
  return {
    ...tie,
    ...(patch.reverse ? { fromId: tie.toId, toId: tie.fromId } : {}),
    tieTypeId: patch.tieTypeId === undefined ? tie.tieTypeId : patch.tieTypeId,
    direction: patch.direction ?? tie.direction,
    strength: patch.strength ?? tie.strength,
    statusId: patch.statusId === undefined ? tie.statusId : patch.statusId,
    since: patch.since === undefined ? tie.since : patch.since,
    notes: patch.notes ?? tie.notes,
    provenance: patchProvenance(tie.provenance, patch.provenance),
  };
}

function label(store: MapStore, ties: readonly Tie[]): string {
  if (ties.length !== 1) return `Edit ${countOf(ties.length, 'tie')}`;
  const [from, to] = requireActors(store, [ties[0]!.fromId, ties[0]!.toId]);
  return `Edit tie between ${quotedName(from!.name)} and ${quotedName(to!.name)}`;
}

export function updateTies(store: MapStore, input: Input<'ties.update'>): EditResult {
  return runEdit(store, () => {
    const { patch } = input;
    if (patch.tieTypeId) requireEntry(store, 'tieTypes', patch.tieTypeId, 'tieTypeId');
    if (patch.statusId) requireEntry(store, 'tieStatuses', patch.statusId, 'statusId');
    const ties = requireTies(store, input.ids);
    const updated = ties.map((tie) => applyTiePatch(tie, patch));
    if (patch.tieTypeId !== undefined) requireNoDuplicateTies(store, updated);
    const onlyReverse = Object.keys(patch).length === 1 && patch.reverse;
    const words = onlyReverse ? label(store, ties).replace(/^Edit/, 'Reverse') : label(store, ties);
    return { label: words, patch: { before: recordSet({ ties }), after: recordSet({ ties: updated }) } };
  });
}
