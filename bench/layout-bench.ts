// `npx tsx bench/layout-bench.ts`: the force layout on generated maps (2–3 ties per actor). First in Node — steps to
// settle, the time to settle and to place each actor on a free cell, overlaps left; then in headless Chromium through
// browser mode on the 2,000-actor map — Layout → Arrange automatically until it is saved, with the page's frame
// times while the worker runs (the UI must not freeze). Build first (`npx electron-vite build`).
import { launchBenchBrowser, openMapPage } from './bench-page';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMapStore } from '../src/main/store';
import { createForceLayout, overlappingPairs, type LayoutActor } from '../src/shared/layout';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';
import { generateMap } from './generate-map';
import { median, percentile } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const BROWSER_SIZE = Number(process.env.BENCH_BROWSER_SIZE ?? 2000);

function nodeFigures(path: string) {
  const store = openMapStore(path);
  const actors: LayoutActor[] = store
    .actors()
    .map((a) => ({ id: a.id, x: a.x, y: a.y, kindId: a.kindId, pinned: false }));
  const ties = store.ties().map((t) => ({ fromId: t.fromId, toId: t.toId }));
  store.close();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const layout = createForceLayout(actors, ties);
  let ticks = 0;
  while (!layout.step(1)) ticks++;
  const settled = performance.now();
  const used = process.cpuUsage(cpu);
  const settleCpuMs = (used.user + used.system) / 1000;
  const placements = layout.finish();
  const finished = performance.now();
  const overlaps = overlappingPairs(placements).length;
  return {
    actors: actors.length,
    ties: ties.length,
    ticks,
    settleMs: settled - started,
    settleCpuMs,
    separateMs: finished - settled,
    overlaps,
  };
}

async function browserFigures(path: string, actors: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'caremap-layout-bench-'));
  const server = await startCaremapServer({ dataDir, mapPath: path });
  const browser = await launchBenchBrowser();
  try {
    const page = await openMapPage(browser, server.url, actors, 60_000);
    await page.getByRole('button', { name: 'Layout' }).click();
    await page.evaluate(START_FRAME_RECORDER);
    const started = Date.now();
    await page.getByRole('menuitem', { name: /^Arrange automatically/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Arrange automatically: moved/ })
      .waitFor({ timeout: 60_000 });
    const savedMs = Date.now() - started;
    const frames = await page.evaluate<number[]>(STOP_FRAME_RECORDER);
    return {
      savedMs,
      frames: frames.length,
      p50: median(frames),
      p95: percentile(frames, 95),
      max: Math.max(...frames),
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'caremap-layout-maps-'));
try {
  console.log(
    'Force layout in Node (no drawing); CPU time is what the layout itself used, wall time includes waiting for a shared core',
  );
  console.log(
    '| actors | ties | steps | settle, wall (ms) | settle, CPU (ms) | overlaps removed, wall (ms) | overlaps left |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  const paths = new Map<number, string>();
  for (const size of SIZES) {
    const path = join(dir, `bench-${size}.caremap`);
    await generateMap(path, size);
    paths.set(size, path);
    const f = nodeFigures(path);
    console.log(
      `| ${f.actors} | ${f.ties} | ${f.ticks} | ${Math.round(f.settleMs)} | ${Math.round(f.settleCpuMs)} | ${Math.round(f.separateMs)} | ${f.overlaps} |`,
    );
  }
  const path = paths.get(BROWSER_SIZE) ?? join(dir, `bench-${BROWSER_SIZE}.caremap`);
  if (!paths.has(BROWSER_SIZE)) await generateMap(path, BROWSER_SIZE);
  // BENCH_BROWSER=0: the Node figures only.
  const b = process.env.BENCH_BROWSER === '0' ? null : await browserFigures(path, BROWSER_SIZE);
  if (b) {
    console.log(`\nIn the browser (${BROWSER_SIZE} actors, whole map in view, worker + animated preview + one save)`);
    console.log('| click → saved (ms) | frames | frame p50 (ms) | frame p95 (ms) | longest frame (ms) |');
    console.log('|---:|---:|---:|---:|---:|');
    console.log(`| ${b.savedMs} | ${b.frames} | ${Math.round(b.p50)} | ${Math.round(b.p95)} | ${Math.round(b.max)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
