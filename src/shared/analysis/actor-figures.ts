// Per actor: ties in, out and in all, betweenness, closeness, community and component.
import type { AnalysisContext } from './analysis-context';
import type { ActorFigure } from './types';

export function actorFigures(ctx: AnalysisContext): ActorFigure[] {
  const tally = new Map<string, { in: number; out: number; all: number }>(
    ctx.actors.map((a) => [a.id, { in: 0, out: 0, all: 0 }]),
  );
  for (const tie of ctx.ties) {
    const from = tally.get(tie.fromId)!;
    const to = tally.get(tie.toId)!;
    from.all++;
    to.all++;
    if (tie.direction === 'one-way' || tie.direction === 'mutual') {
      from.out++;
      to.in++;
    }
    if (tie.direction === 'mutual') {
      to.out++;
      from.in++;
    }
  }
  const componentOf = new Map<string, number>();
  ctx.components().forEach((ids, i) => ids.forEach((id) => componentOf.set(id, i)));
  const betweenness = ctx.betweenness();
  const closeness = ctx.closeness();
  const communities = ctx.communities();
  return ctx.actors.map((actor) => {
    const t = tally.get(actor.id)!;
    return {
      actorId: actor.id,
      name: actor.name,
      kindId: actor.kindId,
      side: ctx.sideOf(actor.id),
      inTies: t.in,
      outTies: t.out,
      ties: t.all,
      betweenness: betweenness[actor.id] ?? 0,
      closeness: closeness[actor.id] ?? 0,
      community: communities[actor.id] ?? 0,
      component: componentOf.get(actor.id) ?? 0,
    };
  });
}
