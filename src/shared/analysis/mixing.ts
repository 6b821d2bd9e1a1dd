// Kind mixing: ties between each pair of kinds against what kind-blind ties would give, and the pairs far below it (connection gaps).
import type { ActorId, KindId } from '../domain';
import type { AnalysisContext } from './analysis-context';
import { kindClassOf } from './kind-classes';
import type { GapFigure, MixingFigure } from './types';

/**
 * Expected counts: if each of the M ties picked its two ends at random among the actors, ignoring kind (a configuration
 * model in which every actor has the same expected number of ties), a tie joins kinds i and j with probability
 * 2·p_i·p_j (i ≠ j) or p_i² (i = j), where p_i is kind i's share of actors. So expected[i][j] = M·p_i·p_j, doubled off
 * the diagonal because the matrix counts unordered pairs; the expected cells of the upper triangle sum to M.
 * Shares of actors rather than of tie ends, so a kind with few ties at all (the seed's statutory services) shows as a gap.
 */
export function mixingFigure(ctx: AnalysisContext): MixingFigure {
  const kindIds = ctx.doc.kinds.map((k) => k.id);
  const index = new Map<KindId, number>(kindIds.map((id, i) => [id, i]));
  const n = kindIds.length;
  const observed = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const counts = new Array<number>(n).fill(0);
  const kindIndexOf = new Map<ActorId, number>();
  for (const actor of ctx.actors) {
    const i = index.get(actor.kindId);
    if (i === undefined) continue;
    counts[i]!++;
    kindIndexOf.set(actor.id, i);
  }
  let m = 0;
  for (const tie of ctx.ties) {
    const i = kindIndexOf.get(tie.fromId);
    const j = kindIndexOf.get(tie.toId);
    if (i === undefined || j === undefined) continue;
    m++;
    observed[i]![j]!++;
    if (i !== j) observed[j]![i]!++;
  }
  const total = counts.reduce((a, b) => a + b, 0);
  const p = counts.map((c) => (total === 0 ? 0 : c / total));
  const expected = p.map((pi, i) => p.map((pj, j) => m * pi * pj * (i === j ? 1 : 2)));
  return { kindIds, observed, expected };
}

/** A gap: at most half the expected ties, where at least one tie was expected. */
const GAP_RATIO = 0.5;
const MIN_EXPECTED = 1;

function brokersFor(ctx: AnalysisContext, a: KindId, b: KindId): ActorId[] {
  const betweenness = ctx.betweenness();
  const reaches = (actor: ActorId, kind: KindId) =>
    ctx.graph.neighbors(actor).some((n) => ctx.kindOf(n as ActorId)?.id === kind);
  return ctx.actors
    .map((x) => x.id)
    .filter((id) => ctx.graph.degree(id) > 0)
    .filter((id) => (ctx.kindOf(id)?.id === a || reaches(id, a)) && (ctx.kindOf(id)?.id === b || reaches(id, b)))
    .sort((x, y) => (betweenness[y] ?? 0) - (betweenness[x] ?? 0))
    .slice(0, 3);
}

/** Pairs of kinds (the same kind included) with far fewer ties than expected, the largest shortfall first. */
export function gapFigures(ctx: AnalysisContext, mixing: MixingFigure = mixingFigure(ctx)): GapFigure[] {
  const classes = ctx.doc.kinds.map(kindClassOf);
  const gaps: GapFigure[] = [];
  mixing.kindIds.forEach((kindA, i) => {
    mixing.kindIds.forEach((kindB, j) => {
      if (j < i) return;
      const observed = mixing.observed[i]![j]!;
      const expected = mixing.expected[i]![j]!;
      if (expected < MIN_EXPECTED || observed > expected * GAP_RATIO) return;
      const ci = classes[i]!;
      const cj = classes[j]!;
      const informal = (c: string) => c === 'individual' || c === 'grassroots';
      const statutoryToInformal = (ci === 'statutory' && informal(cj)) || (cj === 'statutory' && informal(ci));
      gaps.push({
        kindA,
        kindB,
        observed,
        expected,
        ratio: observed / expected,
        statutoryToInformal,
        brokerIds: brokersFor(ctx, kindA, kindB),
      });
    });
  });
  return gaps.sort((x, y) => y.expected - y.observed - (x.expected - x.observed));
}
