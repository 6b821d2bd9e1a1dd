// `BENCH_ACTORS=20000 npx tsx bench/far-drag-profile.ts` (after `npx electron-vite build`): one whole-map drag (or,
// with BENCH_PROFILE=load, the page load to every actor drawn) under Chromium's sampling profiler; prints the
// functions with the most self time and the longest frames, to find where the time goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { launchBenchBrowser } from './bench-page';
import { gesture, toScreen } from './canvas-gestures';
import { READY_AT, readyProbe } from './frame-probe';
import { generateMap } from './generate-map';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Time under each function, its callees included (counted once per sample however deep it recurses). */
function inclusiveTimes(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`);
    }
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + ms);
  });
  return total;
}

/** The page's own timings of the load: the document, the bundle, the session key and the map's answer. */
const RESOURCE_TIMES = `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
  .map((e) => [e.name.split('/').pop().slice(0, 40), Math.round(e.startTime), Math.round(e.requestStart),
    Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize])`;
/** The app's own marks (caremap:…): bundle evaluated, React mounted, map answered and parsed, stores built, far layer painted. */
const MARKS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('caremap:'))
  .map((m) => m.name + ' ' + Math.round(m.startTime)).join('; ')`;

const ACTORS = Number(process.env.BENCH_ACTORS ?? 20000);
const LOAD = process.env.BENCH_PROFILE === 'load';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-profile-'));
  const map = await generateMap(join(dir, 'maps', 'p.caremap'), ACTORS);
  const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath: map.path });
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    await page.addInitScript(readyProbe(ACTORS));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (LOAD) await cdp.send('Profiler.start');
    await page.goto(server.url);
    await page.waitForFunction(READY_AT, null, { timeout: 300_000, polling: 100 });
    let frames: number[] = [await page.evaluate<number>(READY_AT)];
    if (!LOAD) {
      await page.waitForTimeout(1000);
      await cdp.send('Profiler.start');
      const columns = Math.ceil(Math.sqrt(ACTORS * 2));
      const middle = Math.floor(ACTORS / columns / 2) * columns + Math.floor(columns / 2);
      frames = await gesture(page, await toScreen(page, map.positionOf(middle)), { x: 120, y: 60 }, () =>
        page.waitForResponse((r) => r.url().includes('/api/actors.move')),
      );
    }
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
    }
    console.log(
      LOAD ? 'first render (ms):' : 'longest frames (ms):',
      [...frames]
        .sort((a, b) => b - a)
        .slice(0, 6)
        .map(Math.round)
        .join(', '),
    );
    for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${ms.toFixed(0).padStart(6)} ms  ${name}`);
    if (LOAD) {
      const far = `(() => { const c = document.querySelector('canvas.far-layer');
        return c && { width: c.width, height: c.height, ...c.dataset, dpr: devicePixelRatio }; })()`;
      console.log('marks (ms from navigation):', await page.evaluate<string>(MARKS));
      console.log('far layer at ready:', JSON.stringify(await page.evaluate(far)));
      console.log('\nresource: start / request / first byte / last byte (ms from navigation), bytes');
      for (const row of await page.evaluate<unknown[][]>(RESOURCE_TIMES)) console.log(row.join('  '));
      console.log('\ninclusive (callees included):');
      for (const [name, ms] of [...inclusiveTimes(profile)]
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.BENCH_TOP ?? 60)))
        console.log(`${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
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
