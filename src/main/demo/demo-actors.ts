// The demo map's actors: an invented neighbourhood (no real people or organisations). Their columns by kind are only
// where the force layout starts from (build-demo-map.ts); the demo opens laid out as a network.

export type DemoKindKey = 'individual' | 'grassroots' | 'charity' | 'social-enterprise' | 'hub' | 'statutory';

export interface DemoActor {
  key: string;
  name: string;
  kind: DemoKindKey;
  col: number;
  row: number;
}

export const COLUMN_WIDTH = 220;
export const ROW_HEIGHT = 100;

export const DEMO_ACTORS: readonly DemoActor[] = [
  // Individual active citizens carry much of the care, so they fill the left of the map.
  { key: 'ada', name: 'Ada Okafor', kind: 'individual', col: 0, row: 0 },
  { key: 'tomasz', name: 'Tomasz Nowak', kind: 'individual', col: 0, row: 1 },
  { key: 'priya', name: 'Priya Raman', kind: 'individual', col: 0, row: 2 },
  { key: 'delroy', name: 'Delroy Campbell', kind: 'individual', col: 0, row: 3 },
  { key: 'meilin', name: 'Mei Lin Chen', kind: 'individual', col: 0, row: 4 },
  { key: 'fatima', name: 'Fatima Haddad', kind: 'individual', col: 0, row: 5 },
  { key: 'joe', name: 'Joe Brennan', kind: 'individual', col: 1, row: 0 },
  { key: 'grace', name: 'Grace Mensah', kind: 'individual', col: 1, row: 1 },
  { key: 'samir', name: 'Samir Aziz', kind: 'individual', col: 1, row: 2 },
  { key: 'hannah', name: 'Hannah Feld', kind: 'individual', col: 1, row: 3 },
  // Grassroots and mutual aid groups, with the care circle at the centre of things.
  { key: 'maple', name: 'Maple Street Mutual Aid', kind: 'grassroots', col: 2, row: 0 },
  { key: 'tenants', name: "Larkfield Tenants' Circle", kind: 'grassroots', col: 2, row: 1 },
  { key: 'circle', name: 'Hollybrook Care Circle', kind: 'grassroots', col: 2, row: 2 },
  { key: 'fridge', name: 'Brookside Community Fridge', kind: 'grassroots', col: 2, row: 3 },
  { key: 'knit', name: 'Tuesday Knit & Natter', kind: 'grassroots', col: 2, row: 4 },
  { key: 'supper', name: 'Sunday Supper Club', kind: 'grassroots', col: 2, row: 5 },
  { key: 'parents', name: "Eastgate Parents' Network", kind: 'grassroots', col: 3, row: 0 },
  // Community charities and CICs.
  { key: 'befriend', name: 'Riverside Befriending CIC', kind: 'charity', col: 3, row: 1 },
  { key: 'opendoor', name: 'Open Door Advice Centre', kind: 'charity', col: 3, row: 2 },
  { key: 'foodbank', name: 'Common Ground Food Bank', kind: 'charity', col: 3, row: 3 },
  { key: 'kindred', name: 'Kindred Carers Network', kind: 'charity', col: 3, row: 4 },
  { key: 'acorns', name: 'Little Acorns Family Trust', kind: 'charity', col: 3, row: 5 },
  { key: 'harbour', name: 'Harbour Peer Support', kind: 'charity', col: 4, row: 0 },
  { key: 'spring', name: "Second Spring Elders' Trust", kind: 'charity', col: 4, row: 1 },
  // Social enterprises and ethical businesses.
  { key: 'bakery', name: 'Good Loaf Bakery', kind: 'social-enterprise', col: 4, row: 2 },
  { key: 'fixit', name: 'Fixit Repair Café', kind: 'social-enterprise', col: 4, row: 3 },
  { key: 'thread', name: 'Green Thread Sewing Co-op', kind: 'social-enterprise', col: 4, row: 4 },
  { key: 'kettle', name: 'The Kettle Café', kind: 'social-enterprise', col: 4, row: 5 },
  // Community hubs and voluntary organisations.
  { key: 'hub', name: 'Riverside Community Hub', kind: 'hub', col: 5, row: 0 },
  { key: 'hall', name: 'Hollybrook Parish Hall', kind: 'hub', col: 5, row: 1 },
  { key: 'library', name: 'Larkfield Library & Learning', kind: 'hub', col: 5, row: 2 },
  { key: 'centre', name: 'Millbrook Neighbourhood Centre', kind: 'hub', col: 5, row: 3 },
  { key: 'youth', name: 'Eastgate Youth & Family Centre', kind: 'hub', col: 5, row: 4 },
  // Statutory services: few, at the edge, and mostly tied only to each other (the seed's finding).
  { key: 'socpres', name: 'Northbrook Social Prescribing', kind: 'statutory', col: 6, row: 1 },
  { key: 'nursing', name: 'Hollybrook District Nursing', kind: 'statutory', col: 6, row: 4 },
  { key: 'adultcare', name: 'Larkfield Adult Social Care', kind: 'statutory', col: 6, row: 5 },
  { key: 'gp', name: 'Millbrook Medical Practice', kind: 'statutory', col: 6, row: 6 },
  // A walking group and its friends that no one else in the map knows: a separate fragment, bottom left.
  { key: 'walking', name: 'Wellside Walking Group', kind: 'grassroots', col: 0, row: 7.2 },
  { key: 'winston', name: 'Winston Clarke', kind: 'individual', col: 1, row: 7.2 },
  { key: 'rosa', name: 'Rosa Alvarez', kind: 'individual', col: 0, row: 8.2 },
  { key: 'bikes', name: 'Bright Bikes Workshop', kind: 'social-enterprise', col: 1, row: 8.2 },
];
