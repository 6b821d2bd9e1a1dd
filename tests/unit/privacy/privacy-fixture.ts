// A map whose people sit in a kind with no "individual" in its name ("Volunteers", marked as people), every private
// detail filled in, and the secrets listed, so privacy tests can scan any output (an export, a file's raw bytes) for them.
import { join } from 'node:path';
import type {
  Actor,
  ActorId,
  CustomField,
  CustomFieldId,
  Kind,
  KindId,
  MapDocument,
  Tie,
  TieId,
} from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { openMapStore, seedTaxonomy, writeNewMapFile } from '../../../src/main/store';

export const PERSON = {
  name: 'Adaeze Quillfeather',
  email: 'adaeze.q@example.org',
  phone: '07700 900461',
  address: '5 Elm Road, Clapton',
  tag: 'lives at 5 Elm Rd',
  nhsNumber: '943 476 5919',
  consentDate: '2024-02-29',
  provenanceFile: 'Adaeze Quillfeather referral.xlsx',
  provenanceSheet: 'Quillfeather family',
};
export const ORGANISATION_SOURCE = 'Partners from Bartholomew Grint.xlsx';
export const TIE_SOURCE = 'Ties told by Cordelia Pennywhistle';
export const TIE_NOTE = 'Her daughter Philippa drives her';
/** A value of a field marked "safe to share": it stays. */
export const SAFE_VALUE = 'Polish and Igbo';

/** Every text that must never appear in an anonymised output. */
export const SECRETS = [
  PERSON.name,
  PERSON.email,
  PERSON.phone,
  PERSON.address,
  PERSON.tag,
  PERSON.nhsNumber,
  PERSON.consentDate,
  PERSON.provenanceFile,
  PERSON.provenanceSheet,
  ORGANISATION_SOURCE,
  TIE_SOURCE,
  TIE_NOTE,
];

const fieldId = (n: string) => `field-${n}` as CustomFieldId;
const FIELDS: CustomField[] = [
  { id: fieldId('nhs'), name: 'NHS number', type: 'text', options: [], sortOrder: 0, safe: false, appliesTo: 'actor' },
  {
    id: fieldId('languages'),
    name: 'Languages',
    type: 'text',
    options: [],
    sortOrder: 1,
    safe: true,
    appliesTo: 'actor',
  },
];
export const VOLUNTEERS: Kind = {
  id: 'kind-volunteers' as KindId,
  name: 'Volunteers',
  colour: '#117733',
  shape: 'circle',
  sortOrder: 10,
  people: true,
};

/** `orgMentionsPerson`: the organisation's description and a tag name the person (Forget leaves those as they are). */
export function privacyActors(groupKind: KindId, orgMentionsPerson = false): Actor[] {
  const volunteer: Actor = {
    id: 'person-1' as ActorId,
    name: PERSON.name,
    kindId: VOLUNTEERS.id,
    x: 100,
    y: 50,
    ...blankActorDetails(),
    description: `${PERSON.name} runs the lunch club`,
    address: PERSON.address,
    tags: [PERSON.tag],
    contact: { email: PERSON.email, phone: PERSON.phone, other: '' },
    consent: 'given',
    consentDate: PERSON.consentDate,
    notes: 'Prefers calls after 6',
    customValues: { [fieldId('nhs')]: PERSON.nhsNumber, [fieldId('languages')]: SAFE_VALUE },
    provenance: {
      source: 'import',
      label: PERSON.provenanceFile,
      sheet: PERSON.provenanceSheet,
      row: 7,
      recordedOn: '2024-03-01',
      certainty: 'reported',
    },
  };
  const group: Actor = {
    id: 'group-1' as ActorId,
    name: 'Elm Road Food Bank',
    kindId: groupKind,
    x: 400,
    y: 50,
    ...blankActorDetails(),
    // An organisation's own words may name a person: the name must not survive anonymising there either.
    ...(orgMentionsPerson
      ? { description: `Deliveries driven by ${PERSON.name} on Fridays`, tags: [`${PERSON.name}'s route`] }
      : {}),
    contact: { email: 'hello@elmfoodbank.example.org', phone: '', other: '' },
    provenance: {
      source: 'import',
      label: ORGANISATION_SOURCE,
      sheet: 'Partners',
      row: 2,
      recordedOn: '2024-03-01',
      certainty: 'confirmed',
    },
  };
  return [volunteer, group];
}

export function privacyTies(): Tie[] {
  const tie: Tie = {
    id: 'tie-1' as TieId,
    fromId: 'person-1' as ActorId,
    toId: 'group-1' as ActorId,
    tieTypeId: null,
    direction: 'one-way',
    ...blankTieDetails(),
    notes: TIE_NOTE,
    provenance: {
      source: 'workshop',
      label: TIE_SOURCE,
      sheet: null,
      row: null,
      recordedOn: '2024-03-02',
      certainty: 'reported',
    },
  };
  return [tie];
}

/** Writes the map file and returns it with the document the store reads back. */
export function writePrivacyMap(
  dir: string,
  options: { orgMentionsPerson?: boolean } = {},
): { file: string; doc: MapDocument } {
  const seed = seedTaxonomy();
  const file = join(dir, 'Privacy test.caremap');
  writeNewMapFile(file, {
    name: 'Privacy test',
    ...seed,
    kinds: [...seed.kinds, VOLUNTEERS],
    customFields: FIELDS,
    actors: privacyActors(seed.kindIdByKey.get('grassroots')!, options.orgMentionsPerson ?? false),
    ties: privacyTies(),
  });
  const store = openMapStore(file);
  try {
    return { file, doc: store.document() };
  } finally {
    store.close();
  }
}
