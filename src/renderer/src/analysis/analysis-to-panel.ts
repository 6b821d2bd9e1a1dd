// Turns the analysis into what the Analysis panel shows: kind colours added, lists ranked, cut and explained.
import type { Kind, KindId } from '../../../shared/domain';
import { assumptionSentences } from '../../../shared/analysis/assumption-words';
import type { ActorFigure, MapAnalysis } from '../../../shared/analysis/types';
import { chartData } from '../../../shared/analysis/chart-data';
import type { PanelModel, RankedActor } from '../state/panel-model';
import { plural } from './words';

/** How many actors each ranked list names: enough to act on, short enough to read on a projector. */
const LIST_LENGTH = 8;

const byName = (a: ActorFigure, b: ActorFigure) => a.name.localeCompare(b.name);

/** The actors with the highest `value` (above 0), most first, named with `detail`. */
function top(
  actors: ActorFigure[],
  value: (a: ActorFigure) => number,
  detail: (a: ActorFigure) => string,
): RankedActor[] {
  return actors
    .filter((a) => value(a) > 0)
    .sort((a, b) => value(b) - value(a) || byName(a, b))
    .slice(0, LIST_LENGTH)
    .map((a) => ({ actorId: a.actorId, detail: detail(a) }));
}

export function analysisToPanel(analysis: MapAnalysis, kindsById: ReadonlyMap<KindId, Kind>): PanelModel {
  const figures = new Map(analysis.actors.map((a) => [a.actorId, a]));
  const ranked = [...analysis.actors].filter((a) => a.ties > 0).sort((a, b) => b.ties - a.ties || byName(a, b));
  const cutPoints = analysis.articulationPointIds
    .map((id) => figures.get(id))
    .filter((a): a is ActorFigure => a !== undefined)
    .sort((a, b) => b.betweenness - a.betweenness || byName(a, b));
  const charts = chartData(analysis, kindsById);
  const weighted = new Map(analysis.weighted.map((w) => [w.actorId, w]));
  const strength = (a: ActorFigure) => weighted.get(a.actorId)?.strength ?? 0;
  const directed = analysis.assumptions.directedTies > 0;
  return {
    actors: analysis.totals.actors,
    ties: analysis.totals.ties,
    density: analysis.totals.density,
    groups: analysis.totals.components,
    largestGroup: analysis.totals.largestComponent,
    kinds: charts.kinds,
    mixing: charts.mixing,
    mostConnected: ranked
      .slice(0, LIST_LENGTH)
      .map((a): RankedActor => ({ actorId: a.actorId, detail: plural(a.ties, 'tie') })),
    brokers: analysis.brokers.slice(0, LIST_LENGTH).map((b) => ({
      actorId: b.actorId,
      detail: `${plural(b.informalTies, 'informal tie')}, ${plural(b.formalTies, 'formal tie')}`,
    })),
    cutPoints: cutPoints.slice(0, LIST_LENGTH).map((a) => ({ actorId: a.actorId, detail: plural(a.ties, 'tie') })),
    isolated: analysis.isolatedIds.slice(0, LIST_LENGTH * 2).map((id) => ({ actorId: id, detail: '' })),
    mostIn: directed
      ? top(
          analysis.actors,
          (a) => a.inTies,
          (a) => plural(a.inTies, 'tie') + ' in',
        )
      : null,
    mostOut: directed
      ? top(
          analysis.actors,
          (a) => a.outTies,
          (a) => plural(a.outTies, 'tie') + ' out',
        )
      : null,
    strongest: analysis.assumptions.weighted
      ? top(analysis.actors, strength, (a) => `strength ${strength(a)} over ${plural(a.ties, 'tie')}`)
      : null,
    assumptions: assumptionSentences(analysis.assumptions),
    estimateNote: analysis.estimate
      ? `On a map this big, who is most in between is estimated from ${analysis.estimate.sources.toLocaleString()} of ${analysis.estimate.actors.toLocaleString()} actors, so the order of close neighbours in the list may differ a little.`
      : null,
  };
}
