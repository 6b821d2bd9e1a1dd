// A map with every field filled (every custom field type, tricky text, both kinds of actor) for the export tests,
// as a real map file and as the document the store reads back from it.
import { join } from 'node:path';
import type { Actor, ActorId, CustomField, CustomFieldId, MapDocument, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { openMapStore, seedTaxonomy, writeNewMapFile } from '../../../src/main/store';

export const INDIVIDUAL_NAMES = ['Ada Okafor', 'Tomasz Nowak'];
export const INDIVIDUAL_CONTACTS = ['ada@example.org', '07700 900123', 'tomasz@example.org', '12 Maple Street'];
/** Texts a spreadsheet program would run as formulas if written carelessly. */
export const FORMULA_TEXTS = [
  '=HYPERLINK("http://evil.example","Click")',
  '+44 20 7946 0000',
  '-5 volunteers',
  '@SUM(A1:A9)',
  '\tTabbed',
  '\rReturned',
];

const fieldId = (n: string) => `field-${n}` as CustomFieldId;
export const FIELDS: CustomField[] = [
  { id: fieldId('budget'), name: 'Budget', type: 'number', options: [], sortOrder: 0, safe: false, appliesTo: 'actor' },
  {
    id: fieldId('meets'),
    name: 'Meets',
    type: 'choice',
    options: ['Weekly', 'Monthly'],
    sortOrder: 1,
    safe: false,
    appliesTo: 'actor',
  },
  { id: fieldId('founded'), name: 'Founded', type: 'date', options: [], sortOrder: 2, safe: false, appliesTo: 'actor' },
  {
    id: fieldId('kitchen'),
    name: 'Has a kitchen',
    type: 'boolean',
    options: [],
    sortOrder: 3,
    safe: false,
    appliesTo: 'actor',
  },
  { id: fieldId('motto'), name: 'Motto', type: 'text', options: [], sortOrder: 4, safe: false, appliesTo: 'actor' },
];

/** Writes the map and returns its path and the document as the store gives it back. */
/** `stretch` multiplies every x, for a map wider than a browser can draw at 4×. */
export function writeRichMap(
  dir: string,
  name = 'Clapton & Co <test>',
  stretch = 1,
): { file: string; doc: MapDocument } {
  const seed = seedTaxonomy();
  const kind = (key: string) => seed.kindIdByKey.get(key)!;
  const offer = (key: string) => seed.careOfferIdByKey.get(key)!;
  const base = (id: string, actorName: string, key: string, x: number, y: number, details: Partial<Actor>): Actor => ({
    id: id as ActorId,
    name: actorName,
    kindId: kind(key),
    x: x * stretch,
    y,
    ...blankActorDetails(),
    ...details,
  });
  const actors: Actor[] = [
    base('ada', INDIVIDUAL_NAMES[0]!, 'individual', 10.5, -20.25, {
      description: 'Runs the Tuesday lunch club',
      careOfferIds: [offer('shared-meals'), offer('befriending')],
      careModes: ['taking-care-of', 'caring-for'],
      role: 'participant',
      address: INDIVIDUAL_CONTACTS[3]!,
      tags: ['lunch club', 'drivers'],
      website: 'https://ada.example.org',
      contact: { email: INDIVIDUAL_CONTACTS[0]!, phone: INDIVIDUAL_CONTACTS[1]!, other: '@ada_cares' },
      consent: 'given',
      consentDate: '2025-03-14',
      notes: 'Met at the spring workshop; "prefers" calls',
      customValues: { [fieldId('budget')]: 0, [fieldId('kitchen')]: false, [fieldId('motto')]: FORMULA_TEXTS[0]! },
      provenance: {
        source: 'workshop',
        label: 'Spring workshop',
        sheet: null,
        row: null,
        recordedOn: '2025-03-14',
        certainty: 'reported',
      },
    }),
    base('tomasz', INDIVIDUAL_NAMES[1]!, 'individual', 200, 150, {
      contact: { email: INDIVIDUAL_CONTACTS[2]!, phone: '', other: '' },
      consent: 'not-asked',
      notes: FORMULA_TEXTS[2]!,
      description: FORMULA_TEXTS[1]!,
      provenance: { source: 'hand', label: '', sheet: null, row: null, recordedOn: null, certainty: 'assumed' },
    }),
    base('maple', 'Maple Street Mutual Aid', 'grassroots', -300, 40, {
      description: FORMULA_TEXTS[3]!,
      careOfferIds: [offer('mutual-aid')],
      careModes: ['caring-about'],
      role: 'collaborator',
      address: 'Maple Street, E5',
      tags: ['food', 'mutual aid', 'Łódź — ünïcode'],
      website: 'https://maple.example.org',
      contact: { email: 'hello@maple.example.org', phone: '020 7946 0001', other: FORMULA_TEXTS[4]! },
      notes: 'Line one\nline two, with a comma',
      customValues: {
        [fieldId('budget')]: 12500.5,
        [fieldId('meets')]: 'Weekly',
        [fieldId('founded')]: '2019-06-01',
        [fieldId('kitchen')]: true,
        [fieldId('motto')]: 'Neighbours first',
      },
    }),
    base('council', 'Hackney Council Adult Social Care', 'statutory', 400, -90, {
      role: 'community-member',
      notes: FORMULA_TEXTS[5]!,
      customValues: { [fieldId('meets')]: 'Monthly' },
    }),
    base('hub', "St Mark's Community Hub", 'hub', 0, 300, {}),
  ];
  const tie = (id: string, from: string, to: string, details: Partial<Tie>): Tie => ({
    id: id as TieId,
    fromId: from as ActorId,
    toId: to as ActorId,
    tieTypeId: seed.tieTypeIdByKey.get('referral')!,
    direction: 'one-way',
    ...blankTieDetails(),
    ...details,
  });
  const ties: Tie[] = [
    tie('t1', 'ada', 'maple', {
      strength: 'strong',
      statusId: seed.tieStatusIdByKey.get('generative')!,
      since: '2020-01-31',
      notes: 'Weekly deliveries',
    }),
    tie('t2', 'maple', 'council', {
      direction: 'mutual',
      tieTypeId: seed.tieTypeIdByKey.get('funding')!,
      strength: 'weak',
    }),
    tie('t3', 'tomasz', 'hub', { direction: 'none', tieTypeId: null, notes: FORMULA_TEXTS[0]! }),
    tie('t4', 'hub', 'council', { statusId: seed.tieStatusIdByKey.get('potential')! }),
  ];
  const file = join(dir, 'Rich.caremap');
  writeNewMapFile(file, {
    name,
    kinds: seed.kinds,
    tieTypes: seed.tieTypes,
    tieStatuses: seed.tieStatuses,
    careOffers: seed.careOffers,
    customFields: FIELDS,
    actors,
    ties,
  });
  const store = openMapStore(file);
  try {
    return { file, doc: store.document() };
  } finally {
    store.close();
  }
}
