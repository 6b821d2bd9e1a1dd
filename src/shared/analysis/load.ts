// Who carries the load (informal versus formal shares of ties) and the brokers tied to both sides.
import type { ActorId } from '../domain';
import type { AnalysisContext } from './analysis-context';
import type { BrokerFigure, LoadFigure } from './types';

const share = (part: number, total: number) => (total === 0 ? 0 : part / total);

export function loadFigure(ctx: AnalysisContext): LoadFigure {
  let informalEnds = 0;
  let toIndividuals = 0;
  let informalOfIndividual = 0;
  for (const tie of ctx.ties) {
    const sides = [ctx.sideOf(tie.fromId), ctx.sideOf(tie.toId)];
    informalEnds += sides.filter((s) => s === 'informal').length;
    const fromIndividual = ctx.classOf(tie.fromId) === 'individual';
    const toIndividual = ctx.classOf(tie.toId) === 'individual';
    if (!fromIndividual && !toIndividual) continue;
    toIndividuals++;
    // The end that is not the individual; between two individuals, the other individual (informal).
    const other = fromIndividual ? sides[1] : sides[0];
    if (other === 'informal') informalOfIndividual++;
  }
  const ends = ctx.ties.length * 2;
  return {
    informalShare: share(informalEnds, ends),
    formalShare: share(ends - informalEnds, ends),
    tiesToIndividuals: toIndividuals,
    informalShareOfIndividualTies: share(informalOfIndividual, toIndividuals),
    formalShareOfIndividualTies: share(toIndividuals - informalOfIndividual, toIndividuals),
  };
}

/** Actors tied to at least one informal and one formal actor, by betweenness, then by ties. */
export function brokerFigures(ctx: AnalysisContext): BrokerFigure[] {
  const betweenness = ctx.betweenness();
  const brokers: BrokerFigure[] = [];
  for (const actor of ctx.actors) {
    let informalTies = 0;
    let formalTies = 0;
    ctx.graph.forEachEdge(actor.id, (_edge, attributes, source, target) => {
      const other = (source === actor.id ? target : source) as ActorId;
      if (ctx.sideOf(other) === 'informal') informalTies += attributes.ties;
      else formalTies += attributes.ties;
    });
    if (informalTies > 0 && formalTies > 0)
      brokers.push({ actorId: actor.id, betweenness: betweenness[actor.id] ?? 0, informalTies, formalTies });
  }
  return brokers.sort(
    (a, b) => b.betweenness - a.betweenness || b.informalTies + b.formalTies - (a.informalTies + a.formalTies),
  );
}
