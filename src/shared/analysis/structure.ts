// Where the map falls apart: connected components, isolated actors, and the bridges and articulation points whose loss would split it.
import type { ActorId } from '../domain';
import type { AnalysisContext } from './analysis-context';
import { cutPoints, type CutPoints } from './cut-points';
import type { BridgeFigure, ComponentFigure } from './types';

export function componentFigures(ctx: AnalysisContext): ComponentFigure[] {
  return ctx.components().map((actorIds) => ({ size: actorIds.length, actorIds }));
}

export function isolatedIds(ctx: AnalysisContext): ActorId[] {
  return ctx.actors.filter((a) => ctx.graph.degree(a.id) === 0).map((a) => a.id);
}

/** One search serves both bridges and articulation points of the same context. */
const cutsByContext = new WeakMap<AnalysisContext, CutPoints<ActorId>>();

function cuts(ctx: AnalysisContext): CutPoints<ActorId> {
  let found = cutsByContext.get(ctx);
  if (!found) {
    found = cutPoints<ActorId>(
      ctx.actors.map((a) => a.id),
      (n) => ctx.graph.neighbors(n) as ActorId[],
    );
    cutsByContext.set(ctx, found);
  }
  return found;
}

export function articulationPointIds(ctx: AnalysisContext): ActorId[] {
  return cuts(ctx).articulationPoints;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Only a pair joined by a single tie is a bridge: with two ties between them, losing one splits nothing. */
export function bridgeFigures(ctx: AnalysisContext): BridgeFigure[] {
  const tieByPair = new Map(ctx.ties.map((t) => [pairKey(t.fromId, t.toId), t]));
  return cuts(ctx).bridges.flatMap(([a, b]) => {
    const edge = ctx.graph.edge(a, b);
    if (edge === undefined || ctx.graph.getEdgeAttribute(edge, 'ties') > 1) return [];
    const tie = tieByPair.get(pairKey(a, b));
    return tie ? [{ tieId: tie.id, fromId: tie.fromId, toId: tie.toId }] : [];
  });
}
