// `npx tsx bench/versions-bench.ts`: what record versions (migration 010) cost on a big map (20,000 actors by default,
// BENCH_ACTORS to change): a move of every actor (a layout), its undo, and the part of each spent reading the records
// as they were and stamping their versions. Prints the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveActors, undo } from '../src/main/commands';
import { openMapStore } from '../src/main/store';
import { generateMap } from './generate-map';
import { median } from './stats';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 20_000);
const RUNS = 3;

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-versions-bench-'));
  try {
    const map = await generateMap(join(dir, 'maps', `bench-${ACTORS}.caremap`), ACTORS);
    const store = openMapStore(map.path);
    const ids = store.actors().map((a) => a.id);
    const moves: number[] = [];
    const undos: number[] = [];
    const reads: number[] = [];
    // One unmeasured round first: the first write of a big patch also pays for compiling the code paths.
    moveActors(store, { moves: store.actors().map((a) => ({ id: a.id, x: a.x + 1, y: a.y })) });
    undo(store);
    for (let run = 0; run < RUNS; run++) {
      const shifted = store.actors().map((a) => ({ id: a.id, x: a.x + 10, y: a.y }));
      moves.push(timed(() => moveActors(store, { moves: shifted })));
      undos.push(timed(() => undo(store)));
      reads.push(timed(() => store.actorsByIds(ids)));
    }
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(`record versions on ${ids.length} actors (median of ${RUNS}):`);
    console.log(`  move every actor (one step):       ${ms(median(moves))}`);
    console.log(`  undo it:                           ${ms(median(undos))}`);
    console.log(`  of which reading them as they were: ${ms(median(reads))} (per write)`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
