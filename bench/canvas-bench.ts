// `npm run bench`: maps of 500, 2,000 and 5,000 actors — open time, first render, drag and pan frame times
// (whole map in view, headless Chromium via browser mode), and the time to persist one edit. Prints a table.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveActors } from '../src/main/commands';
import { openMapStore } from '../src/main/store';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { CHROMIUM_ARGS } from '../playwright.config';
import { MIDDLE_ACTOR_ON_SCREEN, READY_AT, readyProbe, START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';
import { generateMap } from './generate-map';
import { median, percentile, timeMs } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const STEPS = 60;

interface Row {
  actors: number;
  ties: number;
  openMs: number;
  firstRenderMs: number;
  dragP50: number;
  dragP95: number;
  panP50: number;
  panP95: number;
  persistMedianMs: number;
}

function measureStore(path: string): { openMs: number; persistMedianMs: number } {
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    opens.push(
      timeMs(() => {
        const store = openMapStore(path);
        store.document();
        store.close();
      }),
    );
  }
  const store = openMapStore(path);
  const actors = store.actors();
  const persists: number[] = [];
  for (let i = 0; i < 300; i++) {
    const actor = actors[i % actors.length]!;
    persists.push(timeMs(() => moveActors(store, { moves: [{ id: actor.id, x: actor.x + 1 + i, y: actor.y }] })));
  }
  store.close();
  return { openMs: median(opens), persistMedianMs: median(persists) };
}

/** The top middle of the canvas: empty on every generated map (fit-to-view leaves a margin), so a drag there pans. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  return { x: pane.x + pane.width / 2, y: pane.y + 12 };
}

async function framesDuring(
  page: Page,
  from: { x: number; y: number },
  delta: { x: number; y: number },
): Promise<number[]> {
  await page.evaluate(START_FRAME_RECORDER);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(from.x + (delta.x * i) / STEPS, from.y + (delta.y * i) / STEPS);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  return page.evaluate<number[]>(STOP_FRAME_RECORDER);
}

async function measureCanvas(url: string, actors: number) {
  const browser = await chromium.launch({
    executablePath: process.env.CAREMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // The probes are evaluated strings, which the app's CSP (rightly) forbids; bypassing it changes no drawing cost.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.addInitScript(readyProbe(actors));
    await page.goto(url);
    await page.waitForFunction(READY_AT, null, { timeout: 120_000 });
    const firstRenderMs = await page.evaluate<number>(READY_AT);
    await page.waitForTimeout(500);

    const actor = await page.evaluate<{ id: string; x: number; y: number }>(MIDDLE_ACTOR_ON_SCREEN);
    const drag = await framesDuring(page, actor, { x: 120, y: 60 });
    // A drag that did not move the actor would measure nothing: the status line reports the saved move.
    await page.getByRole('status').filter({ hasText: /Moved/ }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    const pan = await framesDuring(page, await emptyPanePoint(page), { x: -200, y: -100 });
    return {
      firstRenderMs,
      dragP50: percentile(drag, 50),
      dragP95: percentile(drag, 95),
      panP50: percentile(pan, 50),
      panP95: percentile(pan, 95),
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-bench-'));
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      const map = await generateMap(join(dir, 'maps', `bench-${size}.caremap`), size);
      const store = measureStore(map.path);
      const server = await startCaremapServer({ dataDir: join(dir, `data-${size}`), mapPath: map.path });
      try {
        const canvas = await measureCanvas(server.url, size);
        rows.push({ actors: size, ties: map.ties, ...store, ...canvas });
      } finally {
        await server.stop();
      }
      console.log(`measured ${size} actors`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  console.log(
    '\n| actors | ties | open map (ms) | first render (ms) | drag p50 / p95 (ms) | pan p50 / p95 (ms) | persist one edit, median (ms) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.actors} | ${r.ties} | ${f(r.openMs)} | ${f(r.firstRenderMs)} | ${f(r.dragP50)} / ${f(r.dragP95)} | ${f(r.panP50)} / ${f(r.panP95)} | ${f(r.persistMedianMs)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
