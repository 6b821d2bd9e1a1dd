// `npx tsx bench/peer-canvas-bench.ts`: other tools' renderers (plain React Flow, vis-network, cytoscape.js, sigma.js) on
// the canvas bench's generated maps, with its pointer script; BENCH_SIZES and BENCH_PEERS choose. The canvas bench runs
// these rows interleaved with Caremap's; this script runs them alone, for looking at one peer.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config';
import { generateMap } from './generate-map';
import { peerGraphOf } from './peers/peer-graph';
import { bundlePeers, measurePeer, PEERS, type PeerName } from './peers/peer-bench';

const SIZES = (process.env.BENCH_SIZES ?? '5000').split(',').map(Number);
const CHOSEN = (process.env.BENCH_PEERS?.split(',') ?? [...PEERS]) as PeerName[];
const VIEWPORT = { width: 1400, height: 900 };

async function main(): Promise<void> {
  console.log(
    `Load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const bundles = await bundlePeers();
  const dir = mkdtempSync(join(tmpdir(), 'caremap-peer-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CAREMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    for (const size of SIZES) {
      const map = await generateMap(join(dir, `bench-${size}.caremap`), size);
      const graph = peerGraphOf(map.path);
      for (const peer of CHOSEN) {
        const f = await measurePeer(browser, bundles.get(peer)!, graph, VIEWPORT);
        const n = (x: number) => x.toFixed(0);
        console.log(
          `| ${peer} | ${size} | ${n(f.firstRenderMs)} | ${n(f.drag.p50)} / ${n(f.drag.p95)} / ${n(f.drag.longest)}${f.dragMoved ? '' : ' (did not move)'} | ${n(f.pan.p50)} / ${n(f.pan.p95)} / ${n(f.pan.longest)} |`,
        );
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
