// Writes a big generated map file in one transaction (seconds, not the minutes that one API call per record takes):
// the canvas bench's grid and ties, or local ties only, or a grid spread far wider than the minimum zoom can show.
import { writeNewMapFile, seedTaxonomy, taxonomyOf } from '../../src/main/store';
import type { Actor, ActorId, Tie, TieId } from '../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../src/shared/record-defaults';

export interface BigMapOptions {
  /** Map units between columns and between rows; the bench's grid is 220 × 110. */
  spacing?: { x: number; y: number };
  /**
   * 'bench': bench/generate-map.ts's ties (2–3 per actor, mostly up to a row ahead, some anywhere: every empty
   * point zoomed in is near a tie). 'local': each actor tied to its right and lower neighbours only, so the grid's
   * cells are empty map.
   */
  ties?: 'bench' | 'local';
}

export interface BigMap {
  actors: Actor[];
  ties: Tie[];
  columns: number;
}

/** A small seeded generator (the bench's), so every run builds the same map. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function writeBigMap(file: string, actorCount: number, options: BigMapOptions = {}): BigMap {
  const taxonomy = taxonomyOf(seedTaxonomy());
  const spacing = options.spacing ?? { x: 220, y: 110 };
  const columns = Math.ceil(Math.sqrt(actorCount * 2));
  const provenance = blankActorDetails().provenance;
  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    actors.push({
      id: `a${i}` as ActorId,
      name: `Actor ${i + 1}`,
      kindId: taxonomy.kinds[i % taxonomy.kinds.length]!.id,
      x: (i % columns) * spacing.x,
      y: Math.floor(i / columns) * spacing.y,
      ...blankActorDetails(provenance),
    });
  }
  const ties: Tie[] = [];
  const seen = new Set<string>();
  const tie = (i: number, j: number) => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    if (j === i || j >= actorCount || seen.has(key)) return;
    seen.add(key);
    ties.push({
      id: `t${ties.length}` as TieId,
      fromId: actors[i]!.id,
      toId: actors[j]!.id,
      tieTypeId: null,
      direction: 'one-way',
      ...blankTieDetails(provenance),
    });
  };
  const random = seededRandom(actorCount);
  for (let i = 0; i < actorCount; i++) {
    if (options.ties === 'local') {
      if ((i + 1) % columns !== 0) tie(i, i + 1);
      if (i % 3 === 0) tie(i, i + columns);
      continue;
    }
    const perActor = random() < 0.5 ? 2 : 3;
    for (let t = 0; t < perActor; t++) {
      const offset = random() < 0.8 ? 1 + Math.floor(random() * (columns + 1)) : Math.floor(random() * actorCount);
      tie(i, (i + offset) % actorCount);
    }
  }
  writeNewMapFile(file, { name: 'Borough register', ...taxonomy, actors, ties });
  return { actors, ties, columns };
}
