// `npx electron-vite build && npx tsx bench/near-bench.ts`: zoomed in on big maps (about 100 actors in view), the
// frame times of panning and of dragging one actor, and the longest frame; BENCH_SIZES=5000,20000,50000 to choose.
// The maps are the canvas bench's grid and ties, written in one transaction (tests/e2e/big-map.ts).
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { writeBigMap } from '../tests/e2e/big-map';
import { launchBenchBrowser, openMapPage } from './bench-page';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';
import { percentile } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEPS = 60;
/** 1280 × 800 at zoom 0.65 shows about 9 × 11 grid cells of 220 × 110: ~100 actors. */
const ZOOM = 0.65;

async function framesDuring(page: Page, from: { x: number; y: number }, delta: { x: number; y: number }) {
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

/** The viewport's transform as drawn: [x, y, zoom]. */
const TRANSFORM = `(() => {
  const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
  const r = document.querySelector('.react-flow').getBoundingClientRect();
  return [r.left + m.e, r.top + m.f, m.a];
})()`;

/** Wheel-zooms about `at` (map units) to ZOOM: d3-zoom scales by 2^(-deltaY × 0.002) per wheel event. */
async function zoomIn(page: Page, at: { x: number; y: number }): Promise<void> {
  const [x, y, zoom] = await page.evaluate<number[]>(TRANSFORM);
  await page.mouse.move(x! + at.x * zoom!, y! + at.y * zoom!);
  await page.mouse.wheel(0, -Math.log2(ZOOM / zoom!) / 0.002);
  await page.waitForTimeout(1000);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-near-'));
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      mkdirSync(join(dir, 'maps'), { recursive: true });
      const file = join(dir, 'maps', `near-${size}.caremap`);
      const map = writeBigMap(file, size);
      const middle = map.actors[Math.floor(size / 2) + Math.floor(map.columns / 2)]!;
      const server = await startCaremapServer({ dataDir: join(dir, `data-${size}`), mapPath: file });
      const browser = await launchBenchBrowser();
      const pans: number[][] = [];
      const drags: number[][] = [];
      try {
        // One page per size (opening 50,000 actors takes a while under load); each run drags another actor.
        const page = await openMapPage(browser, server.url, size, 600_000);
        await zoomIn(page, middle);
        for (let run = 0; run < RUNS; run++) {
          const actor = map.actors[Math.floor(size / 2) + Math.floor(map.columns / 2) + run * 2 - 2]!;
          const [x, y, zoom] = await page.evaluate<number[]>(TRANSFORM);
          const at = { x: x! + actor.x * zoom!, y: y! + actor.y * zoom! };
          drags.push(await framesDuring(page, at, { x: 120, y: 60 }));
          await page.waitForTimeout(800);
          // Pan from a point between actors, back and forth so the view stays over the same part of the map.
          const sign = run % 2 === 0 ? 1 : -1;
          const from = { x: at.x + 110 * zoom!, y: at.y + 55 * zoom! };
          pans.push(await framesDuring(page, from, { x: -200 * sign, y: -100 * sign }));
          await page.waitForTimeout(800);
        }
        await page.close();
      } finally {
        await browser.close();
        await server.stop();
      }
      const fmt = (runs: number[][]) => {
        const p95 = runs.map((r) => percentile(r, 95)).sort((a, b) => a - b);
        const p50 = runs.map((r) => percentile(r, 50)).sort((a, b) => a - b);
        const longest = runs.map((r) => Math.max(...r)).sort((a, b) => a - b);
        const mid = Math.floor(runs.length / 2);
        return `${p50[mid]!.toFixed(0)} / ${p95[mid]!.toFixed(0)} / ${longest[mid]!.toFixed(0)}`;
      };
      rows.push(`| ${size} | ${map.ties.length} | ${fmt(pans)} | ${fmt(drags)} |`);
      console.log(`measured ${size}: pan ${fmt(pans)}, drag ${fmt(drags)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('\n| actors | ties | pan p50 / p95 / longest (ms) | drag p50 / p95 / longest (ms) |');
  console.log('|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
