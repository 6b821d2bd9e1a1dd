// `npx tsx bench/analysis-bench.ts [actors] [ties]`: the whole analysis of a generated 5,000-actor / 15,000-tie map in Node,
// per metric and in total (median of BENCH_RUNS runs, default 5), against the budgets of issues 6 and 17: ≤ 3 s up to
// 20,000 actors, ≤ 10 s at 50,000 (`npx tsx bench/analysis-bench.ts 50000`).
import { loadavg } from 'node:os';
import { analysisContext } from '../src/shared/analysis/analysis-context';
import { analyseMap } from '../src/shared/analysis';
import { METRICS } from '../src/shared/analysis/metric-registry';
import { writeReport } from '../src/shared/analysis/report';
import { generatedAnalysisMap } from './analysis-map';

const actors = Number(process.argv[2] ?? 5000);
const ties = Number(process.argv[3] ?? actors * 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const doc = generatedAnalysisMap(actors, ties);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const steps = new Map<string, number[]>();
const record = (name: string, ms: number) => steps.set(name, [...(steps.get(name) ?? []), ms]);
const totals: number[] = [];
// The whole analysis first, on a fresh heap, as the worker runs it after an edit; then the steps one by one.
for (let run = 0; run < RUNS; run++) totals.push(time(() => analyseMap(doc))[1]);
for (let run = 0; run < RUNS; run++) {
  // Step by step: the shared heavy measures first (memoised in the context), then each metric of the registry.
  const [ctx, build] = time(() => analysisContext(doc));
  record('graph (topology)', build);
  record('betweenness + closeness', time(() => ctx.betweenness())[1]);
  record('communities (Louvain)', time(() => ctx.communities())[1]);
  record('components', time(() => ctx.components())[1]);
  for (const metric of METRICS) record(`metric: ${metric.id}`, time(() => metric.compute(ctx))[1]);
  const analysis = analyseMap(doc);
  record('report text', time(() => writeReport(doc, analysis))[1]);
}

console.log(
  `Load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `Analysis of ${doc.actors.length.toLocaleString()} actors / ${doc.ties.length.toLocaleString()} ties (median of ${RUNS} runs, Node ${process.version})`,
);
for (const [name, samples] of steps) console.log(`  ${name.padEnd(32)} ${median(samples).toFixed(0).padStart(6)} ms`);
console.log(
  `  ${'whole analysis (analyseMap)'.padEnd(32)} ${median(totals).toFixed(0).padStart(6)} ms   budget ${doc.actors.length > 20_000 ? '10,000' : '3,000'} ms`,
);
