// Measures other tools' renderers on the same graph and pointer script as Caremap's canvas bench: first render, then a
// drag of the middle actor and a pan from the top middle, frame times recorded the same way (frame-probe.ts).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { frameStats, gesture, type FrameStats } from '../canvas-gestures';
import type { PeerGraph } from './peer-graph';

export const PEERS = ['react-flow', 'vis-network', 'cytoscape', 'sigma'] as const;
export type PeerName = (typeof PEERS)[number];

const ENTRY: Record<PeerName, string> = {
  'react-flow': 'react-flow-page.tsx',
  'vis-network': 'vis-network-page.ts',
  cytoscape: 'cytoscape-page.ts',
  sigma: 'sigma-page.ts',
};

export interface PeerBundle {
  js: string;
  css: string;
}

/** Each peer's page bundled once per run (production React, minified), as an app shipping it would. */
export async function bundlePeers(): Promise<Map<PeerName, PeerBundle>> {
  const out = mkdtempSync(join(tmpdir(), 'caremap-peers-'));
  try {
    const bundles = new Map<PeerName, PeerBundle>();
    for (const peer of PEERS) {
      const dir = join(out, peer);
      await build({
        entryPoints: [join(import.meta.dirname, ENTRY[peer])],
        bundle: true,
        minify: true,
        format: 'iife',
        outdir: dir,
        entryNames: 'page',
        define: { 'process.env.NODE_ENV': '"production"' },
        jsx: 'automatic',
        logLevel: 'silent',
      });
      const css = (() => {
        try {
          return readFileSync(join(dir, 'page.css'), 'utf8');
        } catch {
          return '';
        }
      })();
      bundles.set(peer, { js: readFileSync(join(dir, 'page.js'), 'utf8'), css });
    }
    return bundles;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export interface PeerFigures {
  firstRenderMs: number;
  drag: FrameStats;
  pan: FrameStats;
  /** The drag moved the actor on screen (a drag that did not would measure nothing). */
  dragMoved: boolean;
}

const ORIGIN = 'http://peer.bench';

export async function measurePeer(
  browser: Browser,
  bundle: PeerBundle,
  graph: PeerGraph,
  viewport: { width: number; height: number },
  /** The actor Caremap's row drags (by its index in the map), so every row drags the same one. */
  dragIndex = Math.floor(graph.actors.length / 2),
): Promise<PeerFigures> {
  const page = await browser.newPage({ viewport });
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  if (process.env.BENCH_DEBUG) page.on('pageerror', (e) => console.log('page error:', e.message));
  try {
    const graphScript = `window.__peerGraph = ${JSON.stringify(graph)};`;
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/graph.js') return route.fulfill({ body: graphScript, contentType: 'text/javascript' });
      if (path === '/page.js') return route.fulfill({ body: bundle.js, contentType: 'text/javascript' });
      if (path === '/page.css') return route.fulfill({ body: bundle.css, contentType: 'text/css' });
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><link rel="stylesheet" href="/page.css"><style>html,body{margin:0;height:100%}#root{position:fixed;inset:0}</style></head><body><div id="root"></div><script src="/graph.js"></script><script src="/page.js"></script></body></html>`,
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction('window.__peerReadyAt !== undefined', null, { timeout: 180_000 });
    const firstRenderMs = await page.evaluate<number>('window.__peerReadyAt');
    await page.waitForTimeout(500);
    const middle = graph.actors[dragIndex]!.id;
    const actor = await page.evaluate<{ x: number; y: number }>(
      `window.__peerActorOnScreen(${JSON.stringify(middle)})`,
    );
    const drag = await gesture(page, actor, { x: 120, y: 60 });
    await page.waitForTimeout(300);
    const after = await page.evaluate<{ x: number; y: number }>(
      `window.__peerActorOnScreen(${JSON.stringify(middle)})`,
    );
    const dragMoved = Math.hypot(after.x - actor.x, after.y - actor.y) > 60;
    const pan = await gesture(page, { x: viewport.width / 2, y: 12 }, { x: -200, y: -100 });
    return { firstRenderMs, drag: frameStats(drag), pan: frameStats(pan), dragMoved };
  } finally {
    await page.close();
  }
}
