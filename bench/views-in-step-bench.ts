// Edit-to-other-view latency: two tabs on one browser-mode Caremap; one adds actors with quick add, and we time from
// its Enter key to the frame in which the other tab's document (its status bar count) shows the new actor.
// Run: npm run build, then npx tsx bench/views-in-step-bench.ts [edits=200]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { launchBenchBrowser } from './bench-page';
import { percentile } from './stats';

const EDITS = Math.max(1, Math.min(2000, Number(process.argv[2] ?? 200)));

/** Page A: remembers when Enter went down in quick add (capture phase, before the app sees it). */
const ENTER_CLOCK = `window.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') window.__enterAt = performance.timeOrigin + performance.now();
}, true);`;

/** Page B: for each actor count the status bar shows, the wall-clock time of the frame that painted it. */
const COUNT_CLOCK = `window.__shownAt = {};
const watch = () => {
  const facts = document.querySelector('.status-bar__facts');
  if (!facts) return requestAnimationFrame(watch);
  const seen = () => {
    const n = Number(/^(\\d+) actor/.exec(facts.textContent || '')?.[1]);
    if (!Number.isNaN(n) && window.__shownAt[n] === undefined) {
      window.__shownAt[n] = -1;
      requestAnimationFrame(() => (window.__shownAt[n] = performance.timeOrigin + performance.now()));
    }
  };
  new MutationObserver(seen).observe(facts, { subtree: true, childList: true, characterData: true });
  seen();
};
watch();`;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('application').waitFor();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-instep-bench-'));
  const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath: join(dir, 'maps', 'Bench.caremap') });
  const browser = await launchBenchBrowser();
  try {
    const a = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await a.addInitScript(ENTER_CLOCK);
    await open(a, server.url);
    const key = await a.evaluate(() => sessionStorage.getItem('caremap.token'));
    const contextB = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await contextB.addInitScript((k) => sessionStorage.setItem('caremap.token', k ?? ''), key);
    await contextB.addInitScript(COUNT_CLOCK);
    const b = await contextB.newPage();
    await open(b, new URL(server.url).origin + '/');

    const name = a.getByLabel('Actor name', { exact: true });
    const latencies: number[] = [];
    for (let i = 1; i <= EDITS; i++) {
      await name.fill(`Neighbour ${i}`);
      await name.press('Enter');
      await b.waitForFunction((n) => (window as unknown as { __shownAt: Record<number, number> }).__shownAt[n]! > 0, i);
      const enterAt = await a.evaluate(() => (window as unknown as { __enterAt: number }).__enterAt);
      const shownAt = await b.evaluate(
        (n) => (window as unknown as { __shownAt: Record<number, number> }).__shownAt[n]!,
        i,
      );
      latencies.push(shownAt - enterAt);
    }
    const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
    console.log(
      `Views in step: ${EDITS} quick adds in tab A, time until tab B painted each (browser mode, loopback, SSE)`,
    );
    console.log(
      `  p50 ${percentile(latencies, 50).toFixed(1)} ms · p95 ${percentile(latencies, 95).toFixed(1)} ms · max ${Math.max(...latencies).toFixed(1)} ms`,
    );
    console.log(
      `  load average ${one} / ${five} / ${fifteen} on ${process.env.CAREMAP_BENCH_MACHINE ?? 'this machine'}`,
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
