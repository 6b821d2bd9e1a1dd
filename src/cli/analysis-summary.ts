// The analysis as a few readable lines for a terminal: counts, kinds, fragmentation, cut points, brokers and the largest gaps.
import type { MapDocument } from '../shared/domain';
import type { MapAnalysis } from '../shared/analysis';
import { assumptionSentences } from '../shared/analysis/assumption-words';

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function analysisSummary(doc: MapDocument, a: MapAnalysis): string {
  const actorName = new Map(doc.actors.map((x) => [x.id as string, x.name]));
  const kindName = new Map(doc.kinds.map((k) => [k.id as string, k.name]));
  const name = (id: string) => actorName.get(id) ?? id;
  const t = a.totals;
  const top = (value: (x: MapAnalysis['actors'][number]) => number) =>
    a.actors
      .filter((x) => value(x) > 0)
      .sort((x, y) => value(y) - value(x))
      .slice(0, 5)
      .map((x) => `${name(x.actorId)} (${value(x)})`)
      .join(', ') || 'none';
  const strength = new Map(a.weighted.map((w) => [w.actorId as string, w.strength]));
  const lines = [
    `${doc.info.name}: ${t.actors} actors, ${t.ties} ties, density ${pct(t.density)}`,
    `Parts: ${t.components} (largest ${t.largestComponent}), isolated actors: ${t.isolated}, communities: ${t.communities}`,
    '',
    'Actors by kind:',
    ...a.kinds.map((k) => `  ${k.name}: ${k.count} (${pct(k.share)}, ${k.side})`),
    '',
    `Informal actors hold ${pct(a.load.informalShare)} of tie ends; of ${a.load.tiesToIndividuals} ties to individuals, ${pct(a.load.informalShareOfIndividualTies)} are informal.`,
    `Single points of failure: ${a.articulationPointIds.map(name).join(', ') || 'none'}`,
    `Bridging ties: ${a.bridges.length}`,
    `Top brokers: ${
      a.brokers
        .slice(0, 5)
        .map((b) => `${name(b.actorId)} (${b.betweenness.toFixed(1)})`)
        .join(', ') || 'none'
    }`,
    '',
    'Largest connection gaps:',
    ...(a.gaps.length === 0
      ? ['  none']
      : a.gaps
          .slice(0, 5)
          .map(
            (g) =>
              `  ${kindName.get(g.kindA)} ↔ ${kindName.get(g.kindB)}: ${g.observed} ties, ~${g.expected.toFixed(1)} expected`,
          )),
    ...(a.assumptions.directedTies > 0
      ? ['', `Most ties in: ${top((x) => x.inTies)}`, `Most ties out: ${top((x) => x.outTies)}`]
      : []),
    ...(a.assumptions.weighted
      ? [`Strongest ties (weak 1, medium 2, strong 3): ${top((x) => strength.get(x.actorId) ?? 0)}`]
      : []),
    '',
    'How these figures are worked out:',
    ...assumptionSentences(a.assumptions).map((sentence) => `  ${sentence}`),
  ];
  return lines.join('\n');
}
