// A generated care network for layout tests and the layout-quality bench: seeded, clustered like a real
// neighbourhood's (a few local groups, each with its own people and partners, thinly tied to each other and to
// statutory services), with a separate small group and a few actors no one is tied to yet.
import type { LayoutActor, LayoutTie } from '../../src/shared/layout';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = [
  'Ada',
  'Tomasz',
  'Priya',
  'Delroy',
  'Mei',
  'Fatima',
  'Joe',
  'Grace',
  'Samir',
  'Hannah',
  'Winston',
  'Rosa',
  'Kwame',
  'Agnieszka',
  'Bilal',
  'Chloe',
  'Dev',
  'Esther',
  'Femi',
  'Gita',
];
const LAST = [
  'Okafor',
  'Nowak',
  'Raman',
  'Campbell',
  'Chen',
  'Haddad',
  'Brennan',
  'Mensah',
  'Aziz',
  'Feld',
  'Clarke',
  'Alvarez',
];
const PLACES = [
  'Maple Street',
  'Larkfield',
  'Hollybrook',
  'Brookside',
  'Eastgate',
  'Millbrook',
  'Riverside',
  'Wellside',
];
const GROUPS = ['Mutual Aid', 'Care Circle', 'Community Fridge', 'Supper Club', 'Tenants Association', 'Knit & Natter'];
const CHARITIES = ['Befriending CIC', 'Advice Centre', 'Food Bank', 'Carers Network', 'Family Trust'];

/** Kinds by the seed's words; ids are plain strings so the generator needs no map. */
export const CARE_KINDS = ['individual', 'grassroots', 'charity', 'social-enterprise', 'hub', 'statutory'] as const;

export function careNetwork(size = 60, seed = 7): { actors: LayoutActor[]; ties: LayoutTie[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const actors: LayoutActor[] = [];
  const ties: LayoutTie[] = [];
  const add = (name: string, kindId: string) => {
    const a = {
      id: `a${actors.length}`,
      name,
      kindId,
      x: Math.round(random() * 1600),
      y: Math.round(random() * 900),
      pinned: false,
    };
    actors.push(a);
    return a.id;
  };
  const tie = (fromId: string, toId: string) => {
    if (fromId !== toId) ties.push({ fromId, toId });
  };
  const lonely = Math.max(1, Math.round(size / 20));
  const apart = Math.max(3, Math.round(size / 15));
  const clusters = Math.max(2, Math.round((size - lonely - apart - 3) / 11));
  const statutory = [
    add('Northbrook Social Prescribing', 'statutory'),
    add('District Nursing Team', 'statutory'),
    add('Adult Social Care', 'statutory'),
  ];
  tie(statutory[0]!, statutory[1]!);
  tie(statutory[1]!, statutory[2]!);
  const perCluster = Math.floor((size - lonely - apart - statutory.length) / clusters);
  const hubs: string[] = [];
  for (let c = 0; c < clusters; c++) {
    const place = PLACES[c % PLACES.length]!;
    const hub = add(`${place} ${GROUPS[c % GROUPS.length]}`, 'grassroots');
    hubs.push(hub);
    const members = [hub];
    const partner = add(`${place} ${pick(CHARITIES)}`, c % 2 === 0 ? 'charity' : 'hub');
    tie(hub, partner);
    members.push(partner);
    for (let k = 2; k < perCluster; k++) {
      const kind = k % 5 === 0 ? 'social-enterprise' : 'individual';
      const id = add(
        kind === 'individual'
          ? `${pick(FIRST)} ${pick(LAST)}`
          : `${place} ${pick(['Repair Café', 'Bakery', 'Sewing Co-op'])}`,
        kind,
      );
      tie(id, random() < 0.7 ? hub : partner);
      // People in one neighbourhood know a few of each other.
      if (random() < 0.6) tie(id, members[1 + Math.floor(random() * (members.length - 1))]!);
      members.push(id);
    }
    if (random() < 0.7) tie(partner, pick(statutory));
  }
  // Neighbourhood groups know their neighbours, thinly.
  for (let c = 1; c < hubs.length; c++) tie(hubs[c - 1]!, hubs[c]!);
  // A walking group that no one else knows yet: a separate group.
  const walk = add('Wellside Walking Group', 'grassroots');
  for (let k = 1; k < apart; k++) tie(add(`${pick(FIRST)} ${pick(LAST)}`, 'individual'), walk);
  while (actors.length < size) add(`${pick(FIRST)} ${pick(LAST)}`, 'individual');
  return { actors, ties };
}
