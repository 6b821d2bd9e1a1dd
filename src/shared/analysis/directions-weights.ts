// The metrics that go beyond the undirected, unweighted structure: what the figures assume, and each actor's ties
// weighted by strength (in, out and all), the weighted twin of the in/out counts in actor-figures.ts.
import { STRENGTH_WEIGHT } from '../export/export-attributes';
import type { AnalysisContext } from './analysis-context';
import type { AssumptionsFigure, WeightedFigure } from './types';

export function assumptionsFigure(ctx: AnalysisContext): AssumptionsFigure {
  const directedTies = ctx.ties.filter((t) => t.direction !== 'none').length;
  return {
    structure: 'undirected',
    weights: 'unweighted',
    parallelTiesCountOnce: true,
    directedTies,
    undirectedTies: ctx.ties.length - directedTies,
    weighted: new Set(ctx.ties.map((t) => t.strength)).size > 1,
    strengthWeights: { ...STRENGTH_WEIGHT },
  };
}

/** Counted as in actor-figures: one-way out for `from`, in for `to`; mutual both ways; undirected neither. */
export function weightedFigures(ctx: AnalysisContext): WeightedFigure[] {
  const tally = new Map<string, WeightedFigure>(
    ctx.actors.map((a) => [a.id, { actorId: a.id, strength: 0, inStrength: 0, outStrength: 0 }]),
  );
  for (const tie of ctx.ties) {
    const w = STRENGTH_WEIGHT[tie.strength];
    const from = tally.get(tie.fromId)!;
    const to = tally.get(tie.toId)!;
    from.strength += w;
    to.strength += w;
    if (tie.direction === 'none') continue;
    from.outStrength += w;
    to.inStrength += w;
    if (tie.direction === 'mutual') {
      to.outStrength += w;
      from.inStrength += w;
    }
  }
  return [...tally.values()];
}
