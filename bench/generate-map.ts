// Builds a synthetic map of N actors (2–3 ties each) laid out on a grid: the map file is made through the real API,
// the records are written in one transaction through the store (one edit per record took minutes at 20,000 actors).
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { openMapStore, recordChanges } from '../src/main/store';
import type { Actor, ActorId, Tie, TieId } from '../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../src/shared/record-defaults';

/** A small seeded generator so every run builds the same map. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedMap {
  path: string;
  actors: number;
  ties: number;
  /** Where the `i`th generated actor stands (flow coordinates): the grid the benches aim their pointer at. */
  positionOf(i: number): { x: number; y: number };
}

export const GRID_X = 220;
export const GRID_Y = 110;

export async function generateMap(path: string, actorCount: number): Promise<GeneratedMap> {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  const dataDir = `${path}.bench-data`;
  const backend = createBackend({ mode: 'browser', version: 'bench', dataDir, mapsFolder: dirname(path) });
  let kinds: string[];
  try {
    kinds = backend.openInitialMap(path).kinds.map((k) => k.id);
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const columns = Math.ceil(Math.sqrt(actorCount * 2));
  const positionOf = (i: number) => ({ x: (i % columns) * GRID_X, y: Math.floor(i / columns) * GRID_Y });
  const random = seededRandom(actorCount);
  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    actors.push({
      id: randomUUID() as ActorId,
      name: `Actor ${i + 1}`,
      kindId: kinds[i % kinds.length]! as Actor['kindId'],
      ...positionOf(i),
      ...blankActorDetails(),
    });
  }
  const seen = new Set<number>();
  const ties: Tie[] = [];
  for (let i = 0; i < actorCount; i++) {
    const perActor = random() < 0.5 ? 2 : 3;
    for (let t = 0; t < perActor; t++) {
      // Mostly near neighbours, as real networks are local, with some long ties.
      const offset = random() < 0.8 ? 1 + Math.floor(random() * (columns + 1)) : Math.floor(random() * actorCount);
      const j = (i + offset) % actorCount;
      const key = i < j ? i * actorCount + j : j * actorCount + i;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      ties.push({
        id: randomUUID() as TieId,
        fromId: actors[i]!.id,
        toId: actors[j]!.id,
        tieTypeId: null,
        direction: 'one-way',
        ...blankTieDetails(),
        statusId: null,
        since: null,
        notes: '',
      });
    }
  }
  const store = openMapStore(path);
  try {
    store.transaction(() => store.applyChanges(recordChanges({ actors, ties })));
  } finally {
    store.close();
  }
  return { path, actors: actorCount, ties: ties.length, positionOf };
}
