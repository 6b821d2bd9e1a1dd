// Layout quality: Caremap's force layout against graphology's ForceAtlas2 followed by noverlap (scaled to the same
// median tie length), on the demo map, a generated 60-actor care network and a generated 2,000-actor one. Prints a
// Markdown table for the README. Run: npx tsx bench/layout-quality-bench.ts (BENCH_BIG=0 skips the 2,000 map).
import { loadavg } from 'node:os';
import { demoMapContent } from '../src/main/demo/build-demo-map';
import { COLUMN_WIDTH, DEMO_ACTORS, ROW_HEIGHT } from '../src/main/demo/demo-actors';
import { forceLayout, type LayoutActor, type LayoutTie } from '../src/shared/layout';
import { layoutQuality, type LayoutQuality } from '../src/shared/layout/layout-metrics';
import { careNetwork } from '../tests/support/care-network';
import { medianTieLength, referenceLayout } from './reference-layout';

interface Case {
  label: string;
  actors: LayoutActor[];
  ties: LayoutTie[];
}

/** The demo's actors where its data starts them (columns by kind), before the layout the app gives them. */
function demoCase(): Case {
  const content = demoMapContent();
  const start = new Map(DEMO_ACTORS.map((a) => [a.name, { x: a.col * COLUMN_WIDTH, y: a.row * ROW_HEIGHT }]));
  return {
    label: 'demo map',
    actors: content.actors!.map((a) => ({
      id: a.id,
      name: a.name,
      kindId: a.kindId,
      pinned: false,
      ...start.get(a.name)!,
    })),
    ties: content.ties!.map((t) => ({ fromId: t.fromId, toId: t.toId })),
  };
}

function measure(c: Case, at: ReadonlyMap<string, { x: number; y: number }>): LayoutQuality {
  return layoutQuality(
    c.actors.map((a) => ({ ...a, ...at.get(a.id)! })),
    c.ties,
  );
}

function run(c: Case) {
  let t = performance.now();
  const ours = new Map(forceLayout(c.actors, c.ties).map((p) => [p.id, { x: p.x, y: p.y }]));
  const oursMs = performance.now() - t;
  t = performance.now();
  const reference = referenceLayout(c.actors, c.ties, medianTieLength(ours, c.ties));
  const referenceMs = performance.now() - t;
  return { c, ours: measure(c, ours), oursMs, reference: measure(c, reference), referenceMs };
}

const cases: Case[] = [demoCase(), { label: '60-actor care network', ...careNetwork(60) }];
if (process.env.BENCH_BIG !== '0') cases.push({ label: '2,000-actor care network', ...careNetwork(2000, 3) });

const before = loadavg()[0]!;
const results = cases.map(run);
const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const rows: [string, (q: LayoutQuality, ms: number) => string][] = [
  ['actors overlapping', (q) => fmt(q.actorOverlaps)],
  ['names overlapping a name or an actor', (q) => fmt(q.nameOverlaps)],
  ['ties through an actor not their own', (q) => fmt(q.tiesThroughActors)],
  ['tie crossings', (q) => fmt(q.crossings)],
  ['aspect (width ÷ height; 16:9 = 1.78)', (q) => q.aspect.toFixed(2)],
  ['fills a 16:9 screen', (q) => `${Math.round(q.screenFill * 100)}%`],
  ['time (ms)', (_q, ms) => fmt(ms)],
];
console.log(`Load average: ${before.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (2-core machine)\n`);
console.log(
  `| measure | ${results.map((r) => `${r.c.label} (${fmt(r.c.actors.length)} actors, ${fmt(r.c.ties.length)} ties): Caremap | ForceAtlas2 + noverlap`).join(' | ')} |`,
);
console.log(`|---|${results.map(() => '---:|---:').join('|')}|`);
for (const [label, cell] of rows) {
  console.log(
    `| ${label} | ${results.map((r) => `${cell(r.ours, r.oursMs)} | ${cell(r.reference, r.referenceMs)}`).join(' | ')} |`,
  );
}
