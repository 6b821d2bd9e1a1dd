// writeReport: the plain-English "Analysis & Overview" of a map, written by templates from the figures, section by section.
import type { ActorId, KindId, MapDocument } from '../domain';
import { assumptionSentences } from './assumption-words';
import { inSentence, listOf, percent, someOf } from './report-words';
import type { KindFigure, MapAnalysis } from './types';
import type { ReportSection } from './report-section';
import { plural } from '../wording';

interface Names {
  actor(id: ActorId): string;
  kind(id: KindId): string;
}

function namesOf(doc: MapDocument): Names {
  const actors = new Map(doc.actors.map((a) => [a.id, a.name]));
  const kinds = new Map(doc.kinds.map((k) => [k.id, k.name]));
  return { actor: (id) => actors.get(id) || 'an unnamed actor', kind: (id) => kinds.get(id) ?? 'an unknown kind' };
}

/** Care offers by how many actors make them, most first. */
function careOffersOf(doc: MapDocument): { name: string; actors: number }[] {
  const counts = new Map<string, number>();
  for (const actor of doc.actors)
    for (const id of new Set(actor.careOfferIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return doc.careOffers
    .map((o) => ({ name: o.name, actors: counts.get(o.id) ?? 0 }))
    .filter((o) => o.actors > 0)
    .sort((x, y) => y.actors - x.actors || x.name.localeCompare(y.name));
}

function includes(doc: MapDocument, a: MapAnalysis): ReportSection {
  const types = a.tieTypes.filter((t) => t.count > 0 && t.id !== null).sort((x, y) => y.count - x.count);
  const paragraphs = [
    `The map “${doc.info.name}” holds ${plural(a.totals.actors, 'actor')} joined by ${plural(a.totals.ties, 'tie')}.` +
      (types.length > 0
        ? ` The most common ties are ${listOf(types.slice(0, 3).map((t) => `${inSentence(t.name)} (${t.count})`))}.`
        : ''),
  ];
  const statuses = a.tieStatuses.filter((s) => s.count > 0 && s.id !== null);
  if (statuses.length > 0)
    paragraphs.push(
      `Where the status of a tie is recorded: ${listOf(statuses.map((s) => `${s.count} ${inSentence(s.name)}`))}.`,
    );
  const offers = careOffersOf(doc);
  if (offers.length > 0)
    paragraphs.push(
      `Between them, the actors offer ${plural(offers.length, 'kind')} of care, most often ${listOf(offers.slice(0, 4).map((o) => `${inSentence(o.name)} (${o.actors})`))}. ` +
        'Much of this care happens in everyday relationships, and the map makes it visible.',
    );
  return { id: 'includes', heading: 'What the network includes', paragraphs, items: [] };
}

function kinds(a: MapAnalysis): ReportSection {
  const used = a.kinds.filter((k) => k.count > 0);
  const informal = used.filter((k) => k.side === 'informal').reduce((s, k) => s + k.share, 0);
  return {
    id: 'kinds',
    heading: 'Its kinds',
    paragraphs: [
      `These actors fall into ${plural(used.length, 'kind')}. Individuals and grassroots groups, the informal side of care, make up ${percent(informal)} of the map; ` +
        `voluntary organisations and statutory services, the formal side, ${percent(used.length === 0 ? 0 : 1 - informal)}.`,
    ],
    items: used.map((k) => `${k.name}: ${plural(k.count, 'actor')} (${percent(k.share)})`),
  };
}

/**
 * A kind is under-represented when it has under two-thirds of the actors an even split between the map's kinds would give:
 * on the seed's six kinds, under 11% of the map, which picks out its statutory services as the seed's own write-up does.
 */
const UNDER_SHARE = 2 / 3;

function underRepresented(a: MapAnalysis): ReportSection {
  const kindCount = a.kinds.length;
  const low = a.kinds.filter((k) => kindCount > 1 && k.share < UNDER_SHARE / kindCount);
  const statutory = low.filter((k: KindFigure) => k.kindClass === 'statutory');
  const paragraphs =
    low.length === 0
      ? [
          'No kind is markedly under-represented: each holds at least two-thirds of the share it would have if the actors were spread evenly over the kinds.',
        ]
      : [
          `${listOf(low.map((k) => `${k.name} (${plural(k.count, 'actor')}, ${percent(k.share)})`))} ${low.length === 1 ? 'is' : 'are'} under-represented: ` +
            `under two-thirds of the actors ${low.length === 1 ? 'it' : 'each'} would have if the map's actors were spread evenly over its ${plural(kindCount, 'kind')}.`,
        ];
  if (statutory.length > 0)
    paragraphs.push(
      'Statutory services are few on this map. That may reflect where the mapping started, or how hard it has been to build links with them; either way it is a gap worth naming.',
    );
  return {
    id: 'under-represented',
    heading: low.length === 0 ? 'No kind is under-represented' : 'Under-represented kinds',
    paragraphs,
    items: [],
  };
}

function fragmentation(a: MapAnalysis, names: Names): ReportSection {
  const t = a.totals;
  const paragraphs: string[] = [];
  const onePiece = t.components - t.isolated <= 1;
  if (t.actors === 0) paragraphs.push('The map is empty.');
  else if (onePiece)
    paragraphs.push(
      `Apart from any isolated actors, the network hangs together as one piece: ${percent(t.actors ? t.largestComponent / t.actors : 0)} of actors can reach each other through ties.`,
    );
  else {
    const others = a.components
      .slice(1)
      .filter((c) => c.size > 1)
      .map((c) => c.size);
    paragraphs.push(
      `The network is fragmented into ${plural(t.components, 'separate part')}. The largest holds ${plural(t.largestComponent, 'actor')} (${percent(t.largestComponent / t.actors)})` +
        (others.length > 0 ? `; the other groups have ${someOf(others.map(String), 6)} actors` : '') +
        `. No tie, direct or through others, joins these parts, which makes it harder to coordinate support, share knowledge and work together.`,
    );
  }
  if (t.isolated > 0)
    paragraphs.push(
      `${plural(t.isolated, 'actor has', 'actors have')} no ties at all: ${someOf(a.isolatedIds.map(names.actor), 8)}.`,
    );
  paragraphs.push(
    `Of all the pairs of actors who could be tied, ${percent(t.density)} are (the density). ` +
      `Looking at who is tied to whom, the actors fall into ${plural(t.communities, 'community', 'communities')}: groups more closely tied among themselves than to the rest (found with the Louvain method).`,
  );
  return {
    id: 'fragmentation',
    heading: onePiece ? 'How the network hangs together' : 'Where the network is fragmented',
    paragraphs,
    items: [],
  };
}

function bridges(a: MapAnalysis, names: Names): ReportSection {
  const top = [...a.actors]
    .filter((x) => x.betweenness > 0)
    .sort((x, y) => y.betweenness - x.betweenness)
    .slice(0, 5);
  const paragraphs: string[] = [];
  if (top.length === 0)
    paragraphs.push('No actor sits between others: every actor who can reach another does so directly.');
  else
    paragraphs.push(
      `The actors who most often sit on the shortest paths between others, and so bridge the network, are ${listOf(top.map((x) => `${names.actor(x.actorId)} (${inSentence(names.kind(x.kindId))})`))}. ` +
        'Introductions, referrals and news travel through them.' +
        (a.estimate
          ? ` On a map this big, this is estimated from ${a.estimate.sources.toLocaleString('en-GB')} of the ${a.estimate.actors.toLocaleString('en-GB')} actors.`
          : ''),
    );
  if (a.articulationPointIds.length > 0)
    paragraphs.push(
      `${plural(a.articulationPointIds.length, 'actor is a single point', 'actors are single points')} of failure: without ${someOf(a.articulationPointIds.map(names.actor), 6)}, ` +
        `part of the network would be cut off from the rest. Their relationships are worth sharing with others, so that care does not depend on one actor.`,
    );
  else paragraphs.push('No single actor holds the network together alone: losing any one would not split it.');
  if (a.bridges.length > 0)
    paragraphs.push(
      `${plural(a.bridges.length, 'tie is', 'ties are')} the only link between parts of the network, for example ${someOf(
        a.bridges.slice(0, 3).map((b) => `${names.actor(b.fromId)} – ${names.actor(b.toId)}`),
        3,
      )}.`,
    );
  const heading =
    a.articulationPointIds.length > 0
      ? 'Who bridges, and single points of failure'
      : top.length > 0
        ? 'Who bridges the network'
        : 'No actor stands between others';
  return { id: 'bridges', heading, paragraphs, items: [] };
}

/**
 * The heading follows the same rounded figures the text prints, so "71% formal" can never sit under "the informal side
 * carries the load", and 50% against 50% is called even.
 */
function loadHeading(informal: string, formal: string): string {
  const [i, f] = [parseFloat(informal) || 0, parseFloat(formal) || 0];
  if (i > f) return 'Where the informal side carries the load';
  if (f > i) return 'Where the formal side carries the load';
  return 'The informal and formal sides share the load';
}

function load(a: MapAnalysis): ReportSection {
  const l = a.load;
  const paragraphs = [
    `Counting each tie once for each of the two actors it joins, individuals and grassroots groups (the informal side) hold ${percent(l.informalShare)} of the map's ties, ` +
      `and voluntary organisations and statutory services (the formal side) ${percent(l.formalShare)}.`,
  ];
  if (l.tiesToIndividuals > 0)
    paragraphs.push(
      `Of the ${plural(l.tiesToIndividuals, 'tie')} reaching individuals, ${percent(l.informalShareOfIndividualTies)} come from the informal side and ${percent(l.formalShareOfIndividualTies)} from formal services.` +
        (l.informalShareOfIndividualTies > 0.5
          ? ' The informal networks are doing much of the heavy lifting: peer support, check-ins and everyday help reach people mostly through neighbours and groups, not services.'
          : ''),
    );
  return { id: 'load', heading: loadHeading(percent(l.informalShare), percent(l.formalShare)), paragraphs, items: [] };
}

function connections(a: MapAnalysis, names: Names): ReportSection {
  const gaps = [...a.gaps].sort((x, y) => Number(y.statutoryToInformal) - Number(x.statutoryToInformal)).slice(0, 3);
  const paragraphs: string[] = [];
  const statutory = gaps.find((g) => g.statutoryToInformal);
  if (statutory)
    paragraphs.push(
      `${names.kind(statutory.kindA)} and ${names.kind(statutory.kindB)} are poorly connected: statutory services are not well linked to the informal networks already delivering care.`,
    );
  const brokers = a.brokers.slice(0, 3);
  if (brokers.length > 0)
    paragraphs.push(
      `Across the informal and formal sides, the brokers best placed to make introductions are ${listOf(brokers.map((b) => names.actor(b.actorId)))}.`,
    );
  if (gaps.length === 0) paragraphs.push('No pair of kinds has far fewer ties than it would if ties ignored kind.');
  else
    paragraphs.push(
      'These pairs of kinds have far fewer ties than they would if ties ignored kind; new ties between them would help most:',
    );
  const items = gaps.map((g) => {
    const pair =
      g.kindA === g.kindB
        ? `${names.kind(g.kindA)} with each other`
        : `${names.kind(g.kindA)} ↔ ${names.kind(g.kindB)}`;
    const who =
      g.brokerIds.length > 0
        ? `best placed to close it: ${listOf(g.brokerIds.map(names.actor))}`
        : 'no actor is tied to both yet';
    return `${pair}: ${g.observed} ${g.observed === 1 ? 'tie' : 'ties'} where about ${Math.round(g.expected)} would be expected; ${who}`;
  });
  return {
    id: 'connections',
    heading: gaps.length > 0 ? 'Which connections would most help' : 'No missing connection stands out',
    paragraphs,
    items,
  };
}

/** Who most ties point to and start from; only on a map where ties have directions. */
function inOut(a: MapAnalysis, names: Names): ReportSection | null {
  if (a.assumptions.directedTies === 0) return null;
  const most = (value: (x: MapAnalysis['actors'][number]) => number, word: string) => {
    const ranked = a.actors
      .filter((x) => value(x) > 0)
      .sort((x, y) => value(y) - value(x) || x.name.localeCompare(y.name))
      .slice(0, 3);
    return ranked.length === 0
      ? `no tie points ${word} anyone`
      : listOf(ranked.map((x) => `${names.actor(x.actorId)} (${plural(value(x), 'tie')} ${word})`));
  };
  const paragraphs = [
    `Following the arrows of the ${plural(a.assumptions.directedTies, 'tie')} that have a direction: most cared for, supported or referred to — ${most((x) => x.inTies, 'in')}; most caring for, supporting or referring others — ${most((x) => x.outTies, 'out')}.`,
  ];
  return { id: 'in-out', heading: 'Who gives and who receives', paragraphs, items: [] };
}

function assumptions(a: MapAnalysis): ReportSection {
  return {
    id: 'assumptions',
    heading: 'How these figures were worked out',
    paragraphs: assumptionSentences(a.assumptions),
    items: [],
  };
}

export function writeReport(doc: MapDocument, analysis: MapAnalysis): ReportSection[] {
  const names = namesOf(doc);
  // Too early for a network to describe: say what to do next rather than write sections of zeros.
  if (analysis.totals.actors === 0)
    return [
      {
        id: 'includes',
        heading: 'What the network includes',
        paragraphs: [
          `The map “${doc.info.name}” has no actors yet. Add the people, groups and services you know of, tie them together, and this report will describe them.`,
        ],
        items: [],
      },
    ];
  if (analysis.totals.ties === 0)
    return [
      includes(doc, analysis),
      kinds(analysis),
      underRepresented(analysis),
      {
        id: 'fragmentation',
        heading: 'How the network hangs together',
        paragraphs: [
          'No actor is tied to another yet. Draw ties between those who know, help or work with each other, and this report will say how the network hangs together, who bridges it and which connections would most help.',
        ],
        items: [],
      },
    ];
  const inOutSection = inOut(analysis, names);
  return [
    includes(doc, analysis),
    kinds(analysis),
    underRepresented(analysis),
    fragmentation(analysis, names),
    bridges(analysis, names),
    load(analysis),
    connections(analysis, names),
    ...(inOutSection ? [inOutSection] : []),
    assumptions(analysis),
  ];
}
