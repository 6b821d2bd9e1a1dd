// Builds a synthetic map of N actors (2–3 ties each) through the real API handlers, laid out on a grid.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import type { ActorId } from '../src/shared/domain';

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
}

export async function generateMap(path: string, actorCount: number): Promise<GeneratedMap> {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  const dataDir = `${path}.bench-data`;
  const backend = createBackend({ mode: 'browser', version: 'bench', dataDir, mapsFolder: dirname(path) });
  try {
    const doc = backend.openInitialMap(path);
    const kinds = doc.kinds.map((k) => k.id);
    const random = seededRandom(actorCount);
    const columns = Math.ceil(Math.sqrt(actorCount * 2));
    const ids: ActorId[] = [];
    for (let i = 0; i < actorCount; i++) {
      const result = await backend.handlers['actors.create']({
        name: `Actor ${i + 1}`,
        kindId: kinds[i % kinds.length]!,
        x: (i % columns) * 220,
        y: Math.floor(i / columns) * 110,
      });
      ids.push(result.changes.actorsPut[0]!.id);
    }
    const seen = new Set<string>();
    let ties = 0;
    for (let i = 0; i < actorCount; i++) {
      const perActor = random() < 0.5 ? 2 : 3;
      for (let t = 0; t < perActor; t++) {
        // Mostly near neighbours, as real networks are local, with some long ties.
        const offset = random() < 0.8 ? 1 + Math.floor(random() * (columns + 1)) : Math.floor(random() * actorCount);
        const j = (i + offset) % actorCount;
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (j === i || seen.has(key)) continue;
        seen.add(key);
        await backend.handlers['ties.create']({ fromId: ids[i]!, toId: ids[j]! });
        ties++;
      }
    }
    return { path, actors: actorCount, ties };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
