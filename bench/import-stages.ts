// The import's stages one by one in this thread, each timed by the clock and by the process's CPU time (the CPU time
// moves far less than the clock when other work shares the machine): unpack check, sheets, planning, layout of the
// new actors, the commit's transaction, and publishing the change set as the HTTP transport does.
import { orderedIds } from '../src/shared/import/ordered-ids';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { commitImport, planningPoint, rememberPlan } from '../src/main/import/commit-import';
import { checkZipContents } from '../src/main/import/zip-contents';
import { openMapStore } from '../src/main/store';
import { planImport, readWorkbook, type ImportPlan } from '../src/shared/import';
import { placeNewActors } from '../src/shared/import/place-actors';

export const STAGES = [
  'unpack check (zlib, row count)',
  'sheets (SheetJS → text cells)',
  'plan (rows → records, duplicates)',
  '  of which: layout of new actors',
  'commit (one transaction + undo step)',
  'publish (change set → JSON)',
] as const;
export type Stage = (typeof STAGES)[number];
export type Timing = { wall: number; cpu: number };

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timed<T>(out: Map<Stage, Timing>, stage: Stage, fn: () => T): T {
  const wall = performance.now();
  const cpu = cpuNow();
  const result = fn();
  out.set(stage, { wall: performance.now() - wall, cpu: cpuNow() - cpu });
  return result;
}

/** One import of the file's bytes into a new map, stage by stage; returns each stage's time and what was committed. */
export function importByStages(
  fileName: string,
  bytes: Uint8Array,
): { stages: Map<Stage, Timing>; actors: number; ties: number } {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-import-stages-'));
  const backend = createBackend({ mode: 'browser', version: 'bench', dataDir: dir, mapsFolder: dir });
  const path = join(dir, 'Bench.caremap');
  backend.openInitialMap(path);
  backend.close();
  const store = openMapStore(path);
  const stages = new Map<Stage, Timing>();
  try {
    timed(stages, STAGES[0], () => checkZipContents(fileName, bytes));
    const workbook = timed(stages, STAGES[1], () => readWorkbook(fileName, bytes));
    const point = planningPoint(store);
    const plan = timed(stages, STAGES[2], () =>
      planImport(workbook, point.snapshot, {}, { today: point.today, newId: orderedIds() }),
    );
    // The layout again on the plan's own records, alone (planning ran it once already; the result is the same).
    timed(stages, STAGES[3], () => layoutAgain(plan));
    const plans = new Map<string, ImportPlan>();
    const cache = { get: (k: string) => plans.get(k) ?? null, set: (k: string, p: ImportPlan) => void plans.set(k, p) };
    rememberPlan(cache, point, {}, plan);
    const result = timed(stages, STAGES[4], () => commitImport(store, workbook, {}, cache));
    timed(stages, STAGES[5], () => JSON.stringify(result));
    return { stages, actors: result.summary.counts.actorsAdded, ties: result.summary.counts.tiesAdded };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function layoutAgain(plan: ImportPlan): void {
  const { actorsAfter, tiesAfter } = plan.records;
  placeNewActors(
    [],
    actorsAfter.map((a) => ({ id: a.id, kindId: a.kindId, name: a.name })),
    tiesAfter.map((t) => ({ fromId: t.fromId, toId: t.toId })),
  );
}
