// analyseMap: runs every metric of the registry over one map and adds the totals; pure, so it runs in a worker or in Node.
import type { CanvasDocument } from '../canvas-records';
import { analysisContext } from './analysis-context';
import { METRICS, type MetricFigures } from './metric-registry';
import type { MapAnalysis, Totals } from './types';

function totalsOf(figures: MetricFigures, ties: number, density: number): Totals {
  const communities = new Set(figures.actors.map((a) => a.community)).size;
  return {
    actors: figures.actors.length,
    ties,
    density,
    components: figures.components.length,
    largestComponent: figures.components[0]?.size ?? 0,
    isolated: figures.isolatedIds.length,
    communities,
  };
}

export function analyseMap(doc: CanvasDocument): MapAnalysis {
  const ctx = analysisContext(doc);
  const figures = Object.fromEntries(METRICS.map((metric) => [metric.id, metric.compute(ctx)])) as MetricFigures;
  const n = ctx.graph.order;
  const density = n < 2 ? 0 : ctx.graph.size / ((n * (n - 1)) / 2);
  const { sources, actors } = ctx.pathSources();
  const estimate = sources < actors ? { sources, actors } : null;
  return { totals: totalsOf(figures, ctx.ties.length, density), estimate, ...figures };
}
