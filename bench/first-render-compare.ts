// `BENCH_COMPARE_DIR=/path/to/other/checkout npx tsx bench/first-render-compare.ts` (both built with
// `npx electron-vite build`): first render (page load → every actor drawn) of this checkout and another one,
// interleaved run by run on the same map file, so a busy spell on the machine falls on both alike. BENCH_SIZES
// (default 20000), BENCH_RUNS (default 5); prints each run, the app's load marks when it has them, and the medians.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { launchBenchBrowser } from './bench-page';
import { READY_AT, readyProbe } from './frame-probe';
import { generateMap } from './generate-map';
import { median } from './stats';

const OTHER = process.env.BENCH_COMPARE_DIR;
const SIZES = (process.env.BENCH_SIZES ?? '20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARKS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('caremap:'))
  .map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)).join(', ')`;

async function firstRender(root: string | undefined, dataDir: string, mapPath: string, actors: number) {
  const server = await startCaremapServer({ dataDir, mapPath, ...(root ? { root } : {}) });
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    await page.addInitScript(readyProbe(actors));
    await page.goto(server.url);
    await page.waitForFunction(READY_AT, null, { timeout: 300_000, polling: 100 });
    return { ms: await page.evaluate<number>(READY_AT), marks: await page.evaluate<string>(MARKS) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  if (!OTHER) throw new Error('Set BENCH_COMPARE_DIR to the other checkout (built) to compare with.');
  const dir = mkdtempSync(join(tmpdir(), 'caremap-compare-'));
  const versions = [
    { name: 'this', root: undefined },
    { name: 'other', root: resolve(OTHER) },
  ];
  try {
    for (const size of SIZES) {
      const map = await generateMap(join(dir, 'maps', `compare-${size}.caremap`), size);
      const times = new Map<string, number[]>(versions.map((v) => [v.name, []]));
      for (let run = 1; run <= RUNS; run++) {
        // Alternating which goes first, so neither always follows the other's clean-up.
        for (const v of run % 2 ? versions : [...versions].reverse()) {
          const load = loadavg()[0]!.toFixed(1);
          const got = await firstRender(v.root, join(dir, `data-${v.name}-${size}-${run}`), map.path, size);
          times.get(v.name)!.push(got.ms);
          console.log(`${size} actors, run ${run}, ${v.name}: ${Math.round(got.ms)} ms (load ${load}) ${got.marks}`);
        }
      }
      for (const v of versions)
        console.log(
          `${size} actors, ${v.name} (${v.root ?? 'this checkout'}): median ${Math.round(median(times.get(v.name)!))} ms`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
