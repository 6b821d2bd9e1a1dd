// `BENCH_SIZES=5000,20000,50000 npx tsx bench/canvas-bench.ts` (after `npx electron-vite build`): per map size, in
// headless Chromium through browser mode (page 1400×900): first render, the bytes of the map sent on open, whole-map
// drag and pan, and zoomed-in (~100 actors in view) pan and drag, each as p50 / p95 / longest frame; medians of
// BENCH_RUNS runs (default 3), sizes interleaved within each run; the load average is printed beside the table.
import type { Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveActors } from '../src/main/commands';
import { openMapStore } from '../src/main/store';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { launchBenchBrowser } from './bench-page';
import { frameStats, gesture, readViewport, toScreen, zoomTo, type FrameStats, type Point } from './canvas-gestures';
import { READY_AT, readyProbe } from './frame-probe';
import { generateMap, GRID_X, GRID_Y, type GeneratedMap } from './generate-map';
import { median, timeMs } from './stats';
import { peerGraphOf } from './peers/peer-graph';
import { bundlePeers, measurePeer, PEERS, type PeerBundle, type PeerFigures, type PeerName } from './peers/peer-bench';

const SIZES = (process.env.BENCH_SIZES ?? '2000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGE = { width: 1400, height: 900 };
/** Other tools' renderers measured in the same run, on the same graph and pointer script (BENCH_PEERS=none: none). */
const CHOSEN_PEERS = (
  process.env.BENCH_PEERS === 'none' ? [] : (process.env.BENCH_PEERS?.split(',') ?? [...PEERS])
) as PeerName[];
/** Plain React Flow renders every actor as an element: past this size its first render alone takes minutes. */
const PLAIN_REACT_FLOW_UP_TO = Number(process.env.BENCH_REACT_FLOW_UP_TO ?? 20_000);
/** Zoomed in: about this many actors in view, as a facilitator working on one neighbourhood sees. */
const NEAR_ACTORS = 100;

interface CanvasRun {
  firstRenderMs: number;
  mapBytes: number;
  apiBytes: number;
  farDrag: FrameStats;
  farPan: FrameStats;
  nearZoom: number;
  nearPan: FrameStats | null;
  nearPanButton: 'left' | 'middle';
  nearDrag: FrameStats | null;
}

function measureStore(path: string): { openMs: number; persistMs: number } {
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
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
  for (let i = 0; i < 100; i++) {
    const actor = actors[i % actors.length]!;
    persists.push(timeMs(() => moveActors(store, { moves: [{ id: actor.id, x: actor.x + 1 + i, y: actor.y }] })));
  }
  store.close();
  return { openMs: median(opens), persistMs: median(persists) };
}

/** The actor every row drags: the middle of the generated grid (its index in the map). */
function middleActor(actors: number): number {
  const columns = Math.ceil(Math.sqrt(actors * 2));
  const rows = Math.ceil(actors / columns);
  return Math.floor(rows / 2) * columns + Math.floor(columns / 2);
}

const moved = (page: Page) => page.waitForResponse((r) => r.url().includes('/api/actors.move'), { timeout: 60_000 });

/** A point on empty map in the pane's top middle: fit-to-view leaves a margin there, so a press there pans. */
async function emptyTopMiddle(page: Page): Promise<Point> {
  const v = await readViewport(page);
  return { x: v.left + v.width / 2, y: v.top + 12 };
}

/** A pan's frames, or null when the view did not move (the press did something else). */
async function panOrNull(page: Page, from: Point, button: 'left' | 'middle'): Promise<FrameStats | null> {
  const before = await readViewport(page);
  const frames = await gesture(page, from, { x: -200, y: -100 }, undefined, button);
  const after = await readViewport(page);
  return Math.abs(after.x - before.x) > 100 ? frameStats(frames) : null;
}

async function measureCanvas(url: string, map: GeneratedMap): Promise<CanvasRun> {
  const browser = await launchBenchBrowser();
  try {
    // The probes are evaluated strings, which the app's CSP (rightly) forbids; bypassing it changes no drawing cost.
    const page = await browser.newPage({ viewport: PAGE, bypassCSP: true });
    let mapBytes = 0;
    let apiBytes = 0;
    let opening = true;
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!opening || !response.url().includes('/api/')) return;
      // The size the network saw (Chromium keeps no body over ~10 MB for Playwright to read back).
      bodies.push(
        response
          .request()
          .sizes()
          .then(
            ({ responseBodySize }) => {
              apiBytes += responseBodySize;
              if (response.url().includes('/api/map.current')) mapBytes += responseBodySize;
            },
            () => undefined,
          ),
      );
    });
    await page.addInitScript(readyProbe(map.actors));
    await page.goto(url);
    await page.waitForFunction(READY_AT, null, { timeout: 300_000, polling: 100 });
    const firstRenderMs = await page.evaluate<number>(READY_AT);
    opening = false;
    await Promise.all(bodies);
    await page.waitForTimeout(500);

    const columns = Math.ceil(Math.sqrt(map.actors * 2));
    const middle = middleActor(map.actors);
    const farDrag = await gesture(page, await toScreen(page, map.positionOf(middle)), { x: 120, y: 60 }, () =>
      moved(page),
    );
    const farPan = await gesture(page, await emptyTopMiddle(page), { x: -200, y: -100 });

    // Zoomed in on a neighbourhood two rows below the dragged actor, which has not moved.
    const target = map.positionOf(middle + 2 * columns + 2);
    const v = await readViewport(page);
    const nearZoom = await zoomTo(
      page,
      await toScreen(page, target),
      Math.sqrt((v.width * v.height) / (GRID_X * GRID_Y * NEAR_ACTORS)),
    );
    // Empty map between two rows and two columns; a pan that does not move the view measured nothing.
    const gap = await toScreen(page, { x: target.x + GRID_X / 2, y: target.y - GRID_Y / 2 });
    const nearPan = await panOrNull(page, gap, 'left');
    // Zoomed in on a big map every empty point was within a tie's hit distance (issue 17): a left press selects a
    // tie instead of panning. The middle button pans past them; the table says which button measured it.
    const nearPanMiddle = nearPan ? null : await panOrNull(page, gap, 'middle');
    let nearDrag: FrameStats | null = null;
    try {
      const actorAt = await toScreen(page, target);
      nearDrag = frameStats(await gesture(page, actorAt, { x: 120, y: 60 }, () => moved(page)));
    } catch {
      nearDrag = null; // the drag did not save a move within a minute: reported as not measured
    }
    return {
      firstRenderMs,
      mapBytes,
      apiBytes,
      farDrag: frameStats(farDrag),
      farPan: frameStats(farPan),
      nearZoom,
      nearPan: nearPan ?? nearPanMiddle,
      nearPanButton: nearPan ? 'left' : 'middle',
      nearDrag,
    };
  } finally {
    await browser.close();
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function statsCell(runs: readonly (FrameStats | null)[]): string {
  const got = runs.filter((r): r is FrameStats => r !== null);
  if (got.length === 0) return 'not measured';
  const m = (k: keyof FrameStats) => Math.round(median(got.map((r) => r[k])));
  return `${m('p50')} / ${m('p95')} / ${m('longest')}${got.length < runs.length ? ` (${got.length} of ${runs.length} runs)` : ''}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-bench-'));
  const maps = new Map<number, GeneratedMap>();
  const stores = new Map<number, { openMs: number; persistMs: number }>();
  const runs = new Map<number, CanvasRun[]>(SIZES.map((s) => [s, []]));
  const loads: string[] = [];
  const peerRuns = new Map<string, PeerFigures[]>();
  const bundles = CHOSEN_PEERS.length ? await bundlePeers() : new Map<PeerName, PeerBundle>();
  try {
    for (const size of SIZES) {
      const map = await generateMap(join(dir, 'maps', `bench-${size}.caremap`), size);
      maps.set(size, map);
      stores.set(size, measureStore(map.path));
    }
    // Sizes interleaved within each run, so a busy spell on the machine spreads over every size.
    for (let run = 1; run <= RUNS; run++) {
      for (const size of SIZES) {
        // A fresh copy of the generated map for each run: the drags move actors, and every run (and the peers) must
        // press where the generated map has them.
        const runMap = join(dir, 'maps', `bench-${size}-run-${run}.caremap`);
        copyFileSync(maps.get(size)!.path, runMap);
        if (existsSync(`${maps.get(size)!.path}-wal`)) copyFileSync(`${maps.get(size)!.path}-wal`, `${runMap}-wal`);
        const server = await startCaremapServer({ dataDir: join(dir, `data-${size}-${run}`), mapPath: runMap });
        try {
          loads.push(load());
          const measured = await measureCanvas(server.url, maps.get(size)!);
          runs.get(size)!.push(measured);
          console.log(`run ${run}: Caremap at ${size} actors (load average ${load()}): ${JSON.stringify(measured)}`);
        } finally {
          await server.stop();
        }
        // The peers right after Caremap, on the same map file's graph, in the same run.
        const graph = CHOSEN_PEERS.length ? peerGraphOf(maps.get(size)!.path) : null;
        for (const peer of CHOSEN_PEERS) {
          if (!graph || (peer === 'react-flow' && size > PLAIN_REACT_FLOW_UP_TO)) continue;
          const browser = await launchBenchBrowser();
          try {
            const key = `${peer}@${size}`;
            const figures = await measurePeer(browser, bundles.get(peer)!, graph, PAGE, middleActor(size));
            peerRuns.set(key, [...(peerRuns.get(key) ?? []), figures]);
            // Each figure as it comes, so a long run cut short still leaves what it measured.
            const f = (x: FrameStats) => `${Math.round(x.p50)} / ${Math.round(x.p95)} / ${Math.round(x.longest)}`;
            console.log(
              `run ${run}: ${peer} at ${size} actors: first render ${Math.round(figures.firstRenderMs)} ms; drag ${f(figures.drag)}${figures.dragMoved ? '' : ' (did not move)'}; pan ${f(figures.pan)}`,
            );
          } catch (error) {
            console.log(`run ${run}: ${peer} at ${size} actors failed: ${String(error).split('\n')[0]}`);
          } finally {
            await browser.close();
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const row = (label: string, cell: (size: number, r: CanvasRun[]) => string) =>
    console.log(`| ${label} | ${SIZES.map((s) => cell(s, runs.get(s)!)).join(' | ')} |`);
  const med = (r: CanvasRun[], f: (x: CanvasRun) => number) => median(r.map(f));
  console.log(`\nPage ${PAGE.width}×${PAGE.height}, median of ${RUNS} runs; frames p50 / p95 / longest (ms).`);
  console.log(`Load average (1, 5, 15 min) at each run's start: ${loads.join('; ')}\n`);
  console.log(`| | ${SIZES.map((s) => `${s.toLocaleString('en-GB')} actors`).join(' | ')} |`);
  console.log(`|---|${SIZES.map(() => '---:').join('|')}|`);
  row('ties', (s) => maps.get(s)!.ties.toLocaleString('en-GB'));
  row('first render (page load → every actor drawn), ms', (_, r) =>
    Math.round(med(r, (x) => x.firstRenderMs)).toString(),
  );
  row(
    'map sent to the window on open (map.current; all API answers), MB',
    (_, r) => `${mb(med(r, (x) => x.mapBytes))}; ${mb(med(r, (x) => x.apiBytes))}`,
  );
  row('whole map: drag', (_, r) => statsCell(r.map((x) => x.farDrag)));
  row('whole map: pan', (_, r) => statsCell(r.map((x) => x.farPan)));
  row('zoomed in: zoom', (_, r) => med(r, (x) => x.nearZoom).toFixed(2));
  row(`zoomed in (~${NEAR_ACTORS} actors in view): pan`, (_, r) => {
    const middle = r.some((x) => x.nearPanButton === 'middle') ? ' (middle button: a left press picked a tie)' : '';
    return statsCell(r.map((x) => x.nearPan)) + middle;
  });
  row(`zoomed in (~${NEAR_ACTORS} actors in view): drag`, (_, r) => statsCell(r.map((x) => x.nearDrag)));
  row('open the map file in main (store.document()), ms', (s) => Math.round(stores.get(s)!.openMs).toString());
  row('persist one edit (a move), median, ms', (s) => stores.get(s)!.persistMs.toFixed(2));
  if (CHOSEN_PEERS.length === 0) return;

  // Side by side: the whole map in view, the same graph, the same drag and pan.
  console.log(`\nSide by side, whole map in view: first render ms; drag and pan p50 / p95 / longest (ms).\n`);
  console.log(`| renderer | ${SIZES.map((s) => `${s.toLocaleString('en-GB')} actors`).join(' | ')} |`);
  console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
  const cell = (first: number, drag: string, pan: string) => `${Math.round(first)}; drag ${drag}; pan ${pan}`;
  row('Caremap', (_, r) =>
    cell(
      med(r, (x) => x.firstRenderMs),
      statsCell(r.map((x) => x.farDrag)),
      statsCell(r.map((x) => x.farPan)),
    ),
  );
  for (const peer of CHOSEN_PEERS) {
    row(peer, (size) => {
      const got = peerRuns.get(`${peer}@${size}`) ?? [];
      if (got.length === 0) return 'not measured';
      const still = got.some((g) => !g.dragMoved) ? ' (a drag did not move the actor)' : '';
      return (
        cell(
          median(got.map((g) => g.firstRenderMs)),
          statsCell(got.map((g) => g.drag)),
          statsCell(got.map((g) => g.pan)),
        ) + still
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
