// What the canvas draws while comparing: the later state, plus the removed actors and ties at their old places
// (drawn as ghosts), with the taxonomy entries they need even if the later state deleted them.
import type { MapState } from './types';

function withMissing<T extends { id: string }>(later: readonly T[], earlier: readonly T[]): T[] {
  const have = new Set(later.map((r) => r.id));
  return [...later, ...earlier.filter((r) => !have.has(r.id))];
}

export function compareView(before: MapState, after: MapState): MapState {
  return {
    kinds: withMissing(after.kinds, before.kinds),
    tieTypes: withMissing(after.tieTypes, before.tieTypes),
    tieStatuses: withMissing(after.tieStatuses, before.tieStatuses),
    careOffers: withMissing(after.careOffers, before.careOffers),
    customFields: withMissing(after.customFields, before.customFields),
    actors: withMissing(after.actors, before.actors),
    ties: withMissing(after.ties, before.ties),
  };
}
