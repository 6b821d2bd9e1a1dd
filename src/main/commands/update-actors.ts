// Edits one actor's details, or what several actors share (kind, role, tags, care offers…), as one undo step.
import type { Input } from '../../shared/api';
import type { CareOfferId, EditResult } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { applyActorPatch } from './actor-patch';
import { actorsLabel, quotedName } from './labels';
import { requireActors, requireEntry, unique } from './lookups';
import { runEdit } from './run-edit';

function checkCareOffers(store: MapStore, ids: readonly CareOfferId[]): void {
  for (const id of unique(ids)) requireEntry(store, 'careOffers', id, 'careOfferIds');
}

export function updateActors(store: MapStore, input: Input<'actors.update'>): EditResult {
  return runEdit(store, () => {
    const { patch } = input;
    if (patch.kindId !== undefined) requireEntry(store, 'kinds', patch.kindId, 'kindId');
    // Removing an offer that has since been deleted is harmless; adding or setting one must name a real offer.
    checkCareOffers(store, [...(patch.careOfferIds ?? []), ...(patch.addCareOffers ?? [])]);
    const fields = new Map(
      store
        .list('customFields')
        .filter((f) => f.appliesTo === 'actor')
        .map((f) => [f.id as string, f]),
    );
    const actors = requireActors(store, input.ids);
    const updated = actors.map((actor) => applyActorPatch(actor, patch, { fields }));
    const onlyName = Object.keys(patch).length === 1 && patch.name !== undefined;
    const onlyPin = Object.keys(patch).length === 1 && patch.pinned !== undefined;
    const names = actors.map((a) => a.name);
    const label =
      onlyName && actors.length === 1
        ? `Rename ${quotedName(actors[0]!.name)}`
        : actorsLabel(onlyPin ? (patch.pinned ? 'Pin' : 'Unpin') : 'Edit', names);
    return { label, patch: { before: recordSet({ actors }), after: recordSet({ actors: updated }) } };
  });
}
