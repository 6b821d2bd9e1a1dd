// `npx tsx bench/filter-bench.ts`: on a 5,000-actor map zoomed out (headless Chromium, browser mode), the time
// from ticking a kind in the filter, and from typing in the search box, until the map shows the result
// (the first frame after the far layer's redraw). Target: ≤ 200 ms. Prints the figures.
import { launchBenchBrowser, openMapPage } from './bench-page';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { generateMap } from './generate-map';
import { median, percentile } from './stats';
import { FULL_ACTORS, toggleKindProbe, typeSearchProbe } from './view-probe';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 5000);
const ROUNDS = 5;
const TARGET_MS = 200;
/** Each query narrows or widens the matches, so each changes what is drawn in full. */
const QUERIES = ['Actor 1', 'Actor 12', 'Actor 123', 'Actor 2', 'Actor 29'];

async function measureFilter(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await page.getByRole('region', { name: 'Filter' }).waitFor();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Tick a kind (the map narrows to it), then untick it (the whole map is back): two filter changes.
    for (let step = 0; step < 2; step++) {
      times.push(await page.evaluate<number>(toggleKindProbe(round % 6)));
      await page.waitForTimeout(50);
    }
  }
  await page.getByRole('button', { name: 'Close the filter' }).click();
  return times;
}

async function measureSearch(page: Page): Promise<number[]> {
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Search actors' }).waitFor();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      times.push(await page.evaluate<number>(typeSearchProbe(query)));
      await page.waitForTimeout(50);
    }
    times.push(await page.evaluate<number>(typeSearchProbe('')));
  }
  return times;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-filter-bench-'));
  try {
    const map = await generateMap(join(dir, 'maps', `bench-${ACTORS}.caremap`), ACTORS);
    const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath: map.path });
    const browser = await launchBenchBrowser();
    try {
      const page = await openMapPage(browser, server.url, ACTORS, 120_000);
      await page.waitForTimeout(500);
      if ((await page.evaluate<number>(FULL_ACTORS)) !== ACTORS)
        throw new Error('The map did not open zoomed out with every actor drawn.');
      const filter = await measureFilter(page);
      const search = await measureSearch(page);
      const f = (n: number) => n.toFixed(0);
      const row = (what: string, t: number[]) =>
        `| ${what} | ${t.length} | ${f(median(t))} | ${f(percentile(t, 95))} | ${f(Math.max(...t))} | ${Math.max(...t) <= TARGET_MS ? 'yes' : 'no'} |`;
      console.log(
        `\n${map.actors} actors, ${map.ties} ties, zoomed out (whole map on the far layer), headless Chromium`,
      );
      console.log(`| action → canvas updated | runs | median (ms) | p95 (ms) | max (ms) | ≤ ${TARGET_MS} ms |`);
      console.log('|---|---:|---:|---:|---:|---|');
      console.log(row('tick / untick a kind in the filter', filter));
      console.log(row('type a search query', search));
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
