// A seeded synthetic map for the analysis bench: actors spread over the six seed kinds, ties between random pairs,
// clustered so it has communities, bridges and a few isolated actors like a real workshop map, only bigger.
import type { ActorId, Kind, KindId, MapDocument, TieId } from '../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../src/shared/record-defaults';
import { SEED_KINDS } from '../src/shared/seed-kinds';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generatedAnalysisMap(actorCount: number, tieCount: number): MapDocument {
  const random = seededRandom(actorCount * 31 + tieCount);
  const kinds: Kind[] = SEED_KINDS.map((k, i) => ({
    id: `kind-${k.key}` as KindId,
    name: k.name,
    colour: k.colour,
    shape: k.shape,
    sortOrder: i,
    people: k.people,
  }));
  // Individuals are the most numerous and statutory services the fewest, as on the seed's map.
  const weights = [0.4, 0.2, 0.15, 0.08, 0.12, 0.05];
  const kindFor = () => {
    let r = random();
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return kinds[i]!.id;
    return kinds[0]!.id;
  };
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${i}` as ActorId,
    name: `Actor ${i + 1}`,
    kindId: kindFor(),
    x: (i % 100) * 200,
    y: Math.floor(i / 100) * 100,
    ...blankActorDetails(),
  }));
  // Mostly local ties (neighbourhoods of ~50 actors), some long ones, so the map has communities and short paths.
  // One tie per pair, as a map file allows only one tie of each type between two actors.
  const ties = [];
  const pairs = new Set<number>();
  while (ties.length < tieCount) {
    const from = Math.floor(random() * actorCount);
    const to =
      random() < 0.85 ? (from + 1 + Math.floor(random() * 50)) % actorCount : Math.floor(random() * actorCount);
    const pair = Math.min(from, to) * actorCount + Math.max(from, to);
    if (from === to || pairs.has(pair)) continue;
    pairs.add(pair);
    ties.push({
      id: `t${ties.length}` as TieId,
      fromId: `a${from}` as ActorId,
      toId: `a${to}` as ActorId,
      tieTypeId: null,
      direction: 'mutual' as const,
      ...blankTieDetails(),
    });
  }
  return {
    info: { path: '/tmp/bench.caremap', name: 'Bench map', createdAt: '2026-01-01T00:00:00Z', schemaVersion: 2 },
    kinds,
    tieTypes: [],
    tieStatuses: [],
    careOffers: [],
    customFields: [],
    actors,
    ties,
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}
