// `npx electron-vite build && npx tsx bench/analysis-worker-bench.ts`: the Analysis panel on a 5,000-actor / 15,000-tie map
// in headless Chromium (browser mode): time from the click to the figures shown, and the canvas's frame times while a
// pan runs meanwhile, against the same pan with no analysis running.
import { launchBenchBrowser, openMapPage } from './bench-page';
import type { Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedTaxonomy, taxonomyOf, writeNewMapFile } from '../src/main/store';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { generatedAnalysisMap } from './analysis-map';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';
import { percentile } from './stats';

const ACTORS = Number(process.argv[2] ?? 5000);
const TIES = Number(process.argv[3] ?? ACTORS * 3);

function writeBenchMap(path: string): void {
  const seed = seedTaxonomy();
  const doc = generatedAnalysisMap(ACTORS, TIES);
  const actors = doc.actors.map((a) => ({ ...a, kindId: seed.kindIdByKey.get(a.kindId.replace(/^kind-/, ''))! }));
  writeNewMapFile(path, { name: 'Analysis bench', ...taxonomyOf(seed), actors, ties: doc.ties });
}

/** Records when the summary card first shows the map's actor count, and when the Analysis button was clicked. */
const RESULT_PROBE = `(() => {
  window.__clickAt = null; window.__resultAt = null;
  document.addEventListener('click', () => { window.__clickAt ??= performance.now(); }, { capture: true });
  const check = () => {
    const figure = document.querySelector('.analysis-cards .analysis-card__figure');
    if (figure && figure.textContent.replace(/\\D/g, '') === '${ACTORS}') window.__resultAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

async function pan(page: Page, ms: number): Promise<void> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const from = { x: pane.x + pane.width / 2, y: pane.y + 12 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = Math.round(ms / 25);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((i % 40) - 20) * 4, from.y + 40);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The main thread's busiest functions by self time. */
function printProfile(profile: Partial<CpuProfile> & Pick<CpuProfile, 'nodes'>): void {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  console.log('  main thread, top self time:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-analysis-bench-'));
  const mapPath = join(dir, 'maps', 'analysis-bench.caremap');
  mkdirSync(join(dir, 'maps'));
  writeBenchMap(mapPath);
  const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath });
  const browser = await launchBenchBrowser();
  try {
    const page = await openMapPage(browser, server.url, ACTORS, 120_000);
    await page.waitForTimeout(1000);

    await page.evaluate(START_FRAME_RECORDER);
    await pan(page, 3000);
    const idle = await page.evaluate<number[]>(STOP_FRAME_RECORDER);

    await page.evaluate(RESULT_PROBE);
    // BENCH_PROFILE=1: a CPU profile of the main thread while the panel opens and the worker runs, to see what a long frame was.
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.evaluate(START_FRAME_RECORDER);
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await pan(page, 3000);
    await page.waitForFunction('window.__resultAt !== null', null, { timeout: 60_000 });
    const busy = await page.evaluate<number[]>(STOP_FRAME_RECORDER);
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    const ms = await page.evaluate<number>('window.__resultAt - window.__clickAt');
    const f = (n: number) => n.toFixed(0);
    console.log(
      `Analysis panel on ${ACTORS.toLocaleString()} actors / ${TIES.toLocaleString()} ties, headless Chromium (worker):`,
    );
    console.log(`  click → figures shown                 ${f(ms)} ms`);
    console.log(
      `  pan frames, no analysis      p50 ${f(percentile(idle, 50))} / p95 ${f(percentile(idle, 95))} / max ${f(Math.max(...idle))} ms`,
    );
    console.log(
      `  pan frames, analysis running p50 ${f(percentile(busy, 50))} / p95 ${f(percentile(busy, 95))} / max ${f(Math.max(...busy))} ms`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
