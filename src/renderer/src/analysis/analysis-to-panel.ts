// Turns the analysis into what the Analysis panel shows: kind colours added, lists ranked, cut and explained.
import type { Kind, KindId } from '../../../shared/domain';
import type { ActorFigure, MapAnalysis } from '../../../shared/analysis/types';
import { chartData } from '../../../shared/analysis/chart-data';
import type { PanelModel, RankedActor } from '../state/panel-model';
import { plural } from './words';

/** How many actors each ranked list names: enough to act on, short enough to read on a projector. */
const LIST_LENGTH = 8;

const byName = (a: ActorFigure, b: ActorFigure) => a.name.localeCompare(b.name);

export function analysisToPanel(analysis: MapAnalysis, kindsById: ReadonlyMap<KindId, Kind>): PanelModel {
  const figures = new Map(analysis.actors.map((a) => [a.actorId, a]));
  const ranked = [...analysis.actors].filter((a) => a.ties > 0).sort((a, b) => b.ties - a.ties || byName(a, b));
  const cutPoints = analysis.articulationPointIds
    .map((id) => figures.get(id))
    .filter((a): a is ActorFigure => a !== undefined)
    .sort((a, b) => b.betweenness - a.betweenness || byName(a, b));
  const charts = chartData(analysis, kindsById);
  return {
    actors: analysis.totals.actors,
    ties: analysis.totals.ties,
    density: analysis.totals.density,
    groups: analysis.totals.components,
    largestGroup: analysis.totals.largestComponent,
    kinds: charts.kinds,
    mixing: charts.mixing,
    mostConnected: ranked.slice(0, LIST_LENGTH).map((a): RankedActor => ({ actorId: a.actorId, detail: plural(a.ties, 'tie') })),
    brokers: analysis.brokers.slice(0, LIST_LENGTH).map((b) => ({
      actorId: b.actorId,
      detail: `${plural(b.informalTies, 'informal tie')}, ${plural(b.formalTies, 'formal tie')}`,
    })),
    cutPoints: cutPoints.slice(0, LIST_LENGTH).map((a) => ({ actorId: a.actorId, detail: plural(a.ties, 'tie') })),
    isolated: analysis.isolatedIds.slice(0, LIST_LENGTH * 2).map((id) => ({ actorId: id, detail: '' })),
    estimateNote: analysis.estimate
      ? `On a map this big, who is most in between is estimated from ${analysis.estimate.sources.toLocaleString()} of ${analysis.estimate.actors.toLocaleString()} actors, so the order of close neighbours in the list may differ a little.`
      : null,
  };
}
