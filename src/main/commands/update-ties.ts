// Edits one tie, or several at once (type, direction, strength, status, since, fields, provenance), as one undo step.
import type { Input } from '../../shared/api';
import type { TiePatch } from '../../shared/api-record-schemas';
import type { EditResult, Tie } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { CaremapError } from '../../shared/errors';
import { countOf, quotedName } from './labels';
import { requireActors, requireEntry, requireTies } from './lookups';
import { editCustomValues, type ActorPatchContext } from './actor-patch';
import { patchProvenance } from './provenance';
import { runEdit } from './run-edit';
import { requireNoDuplicateTies } from './tie-conflicts';

function applyTiePatch(tie: Tie, patch: TiePatch, context: ActorPatchContext): Tie {
  return {
    ...tie,
    ...(patch.reverse ? { fromId: tie.toId, toId: tie.fromId } : {}),
    tieTypeId: patch.tieTypeId === undefined ? tie.tieTypeId : patch.tieTypeId,
    direction: patch.direction ?? tie.direction,
    strength: patch.strength ?? tie.strength,
    statusId: patch.statusId === undefined ? tie.statusId : patch.statusId,
    since: patch.since === undefined ? tie.since : patch.since,
    notes: patch.notes ?? tie.notes,
    customValues: patch.customValues
      ? editCustomValues(tie.customValues, patch.customValues, context)
      : tie.customValues,
    provenance: patchProvenance(tie.provenance, patch.provenance),
  };
}

function label(store: MapStore, ties: readonly Tie[]): string {
  if (ties.length !== 1) return `Edit ${countOf(ties.length, 'tie')}`;
  const [from, to] = requireActors(store, [ties[0]!.fromId, ties[0]!.toId]);
  return `Edit tie between ${quotedName(from!.name)} and ${quotedName(to!.name)}`;
}

/**
 * Turning round both ties of an A→B / B→A pair would only swap them, and the store (one tie per ordered pair and type)
 * cannot hold the halfway point; say so rather than fail inside the write.
 */
function refuseSwappedPair(store: MapStore, ties: readonly Tie[]): void {
  const slots = new Set(ties.map((t) => `${t.fromId}\u0000${t.toId}\u0000${t.tieTypeId ?? ''}`));
  const pair = ties.find((t) => slots.has(`${t.toId}\u0000${t.fromId}\u0000${t.tieTypeId ?? ''}`));
  if (!pair) return;
  const [a, b] = requireActors(store, [pair.fromId, pair.toId]);
  throw new CaremapError(
    'invalid-input',
    `${quotedName(a!.name)} and ${quotedName(b!.name)} have a tie each way; turning both round would only swap them. Reverse one of them.`,
    { field: 'reverse' },
  );
}

export function updateTies(store: MapStore, input: Input<'ties.update'>): EditResult {
  return runEdit(store, () => {
    const { patch } = input;
    if (patch.tieTypeId) requireEntry(store, 'tieTypes', patch.tieTypeId, 'tieTypeId');
    if (patch.statusId) requireEntry(store, 'tieStatuses', patch.statusId, 'statusId');
    const ties = requireTies(store, input.ids);
    if (patch.reverse) refuseSwappedPair(store, ties);
    const fields = new Map(
      store
        .list('customFields')
        .filter((f) => f.appliesTo === 'tie')
        .map((f) => [f.id as string, f]),
    );
    const updated = ties.map((tie) => applyTiePatch(tie, patch, { fields }));
    // A type change, a one-way tie made mutual beside its one-way tie back, or one turned round onto its tie back,
    // could leave two ties where one may be.
    if (patch.tieTypeId !== undefined) requireNoDuplicateTies(store, updated);
    else if (patch.direction !== undefined || patch.reverse)
      requireNoDuplicateTies(store, updated, patch.reverse ? 'reverse' : 'direction');
    const onlyReverse = Object.keys(patch).length === 1 && patch.reverse;
    const words = onlyReverse ? label(store, ties).replace(/^Edit/, 'Reverse') : label(store, ties);
    return { label: words, patch: { before: recordSet({ ties }), after: recordSet({ ties: updated }) } };
  });
}
