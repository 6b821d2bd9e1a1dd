// `npx tsx bench/edit-bench.ts`: the time to persist one edit (its transaction, undo entry and change set) on maps of
// 5,000 and 20,000 actors with 3 ties each (`BENCH_SIZES=5000,20000,50000` to choose), median and p95 per kind of edit.
// The target (issue 17): every single edit ≤ 2 ms median at 20,000 actors; creating a tie must not scan every tie.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createActor,
  createTie,
  deleteElements,
  moveActors,
  renameActor,
  undo,
  updateActors,
  updateTies,
} from '../src/main/commands';
import { createMapStore, seedTaxonomy, taxonomyOf, type MapStore } from '../src/main/store';
import type { Actor, ActorId, EditResult, Tie, TieId } from '../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../src/shared/record-defaults';
import { median, percentile, timeMs } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_EDITS ?? 200);

/** Distinct ordered pairs, no self ties: exactly `3 × actors` ties, all without a type (the slow case before). */
function buildMap(path: string, count: number): { store: MapStore; actors: Actor[]; ties: Tie[] } {
  const taxonomy = taxonomyOf(seedTaxonomy());
  const actors: Actor[] = [];
  const columns = Math.ceil(Math.sqrt(count * 2));
  for (let i = 0; i < count; i++) {
    actors.push({
      id: `a${i}` as ActorId,
      name: `Actor ${i + 1}`,
      kindId: taxonomy.kinds[i % taxonomy.kinds.length]!.id,
      x: (i % columns) * 220,
      y: Math.floor(i / columns) * 110,
      ...blankActorDetails(),
    });
  }
  const ties: Tie[] = [];
  for (let i = 0; i < count; i++) {
    for (const offset of [1, 7, columns]) {
      ties.push({
        id: `t${ties.length}` as TieId,
        fromId: actors[i]!.id,
        toId: actors[(i + offset) % count]!.id,
        tieTypeId: null,
        direction: 'one-way',
        ...blankTieDetails(),
      });
    }
  }
  const store = createMapStore(path, { name: 'Edit bench', ...taxonomy, actors, ties });
  return { store, actors, ties };
}

interface Row {
  edit: string;
  times: number[];
}

function measure(edit: string, count: number, run: (i: number) => EditResult | void): Row {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(timeMs(() => run(i)));
  return { edit, times };
}

function benchSize(size: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-edit-bench-'));
  try {
    const { store, actors, ties } = buildMap(join(dir, 'bench.caremap'), size);
    const far = (i: number) => actors[(i * 97 + 13) % size]!.id;
    const rows: Row[] = [
      // Pairs the generator never joins (offset 3), so each create succeeds.
      measure('create a tie (no type)', RUNS, (i) =>
        createTie(store, { fromId: actors[i]!.id, toId: actors[(i + 3) % size]!.id }),
      ),
      measure('create a tie (typed)', RUNS, (i) =>
        createTie(store, {
          fromId: actors[i]!.id,
          toId: actors[(i + 5) % size]!.id,
          tieTypeId: store.tieTypes()[0]!.id,
        }),
      ),
      measure('move one actor', RUNS, (i) => moveActors(store, { moves: [{ id: far(i), x: i * 3, y: i * 2 }] })),
      measure('rename one actor', RUNS, (i) => renameActor(store, { id: far(i), name: `Renamed ${i}` })),
      measure('edit an actor’s notes', RUNS, (i) =>
        updateActors(store, { ids: [far(i)], patch: { notes: `Note ${i}` } }),
      ),
      measure('change a tie’s strength', RUNS, (i) =>
        updateTies(store, { ids: [ties[(i * 31) % ties.length]!.id], patch: { strength: 'strong' } }),
      ),
      measure('add one actor', RUNS, (i) =>
        createActor(store, { name: `New ${i}`, kindId: store.kinds()[0]!.id, x: -i * 10, y: -500 }),
      ),
      measure('delete one tie', RUNS, (i) => deleteElements(store, { actorIds: [], tieIds: [ties[i * 11]!.id] })),
      measure('undo the last step', Math.min(RUNS, 100), () => undo(store)),
    ];
    store.close();
    console.log(`\n${size.toLocaleString('en-GB')} actors, ${ties.length.toLocaleString('en-GB')} ties`);
    console.log('| edit | median (ms) | p95 (ms) |\n| --- | ---: | ---: |');
    for (const row of rows) {
      console.log(`| ${row.edit} | ${median(row.times).toFixed(2)} | ${percentile(row.times, 95).toFixed(2)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${RUNS} edits of each kind`,
);
for (const size of SIZES) benchSize(size);
