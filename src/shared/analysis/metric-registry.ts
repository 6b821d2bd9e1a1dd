// The registry of metrics: each an id and a pure function of the analysis context, one per figure of MapAnalysis.
import type { AnalysisContext } from './analysis-context';
import { actorFigures } from './actor-figures';
import { kindFigures, tieStatusFigures, tieTypeFigures } from './composition';
import { assumptionsFigure, weightedFigures } from './directions-weights';
import { brokerFigures, loadFigure } from './load';
import { gapFigures, mixingFigure } from './mixing';
import { articulationPointIds, bridgeFigures, componentFigures, isolatedIds } from './structure';
import type { MapAnalysis } from './types';

/** Every figure but the totals and the estimate note, which are read off the others. */
export type MetricFigures = Omit<MapAnalysis, 'totals' | 'estimate'>;
export type MetricId = keyof MetricFigures;

export interface Metric<K extends MetricId = MetricId> {
  id: K;
  compute(ctx: AnalysisContext): MetricFigures[K];
}

const metric = <K extends MetricId>(id: K, compute: (ctx: AnalysisContext) => MetricFigures[K]): Metric<K> => ({
  id,
  compute,
});

/** In the order a panel would show them; each reads the context only, so any one can run alone. */
export const METRICS: readonly Metric[] = [
  metric('kinds', kindFigures),
  metric('tieTypes', tieTypeFigures),
  metric('tieStatuses', tieStatusFigures),
  metric('components', componentFigures),
  metric('isolatedIds', isolatedIds),
  metric('actors', actorFigures),
  metric('bridges', bridgeFigures),
  metric('articulationPointIds', articulationPointIds),
  metric('mixing', mixingFigure),
  metric('gaps', gapFigures),
  metric('load', loadFigure),
  metric('brokers', brokerFigures),
  metric('assumptions', assumptionsFigure),
  metric('weighted', weightedFigures),
] as Metric[];
