// The anonymised copy of a map that every export can offer. People (actors of a kind marked "these actors are
// people") keep only fields known to be safe, chosen one by one below, so a field added to Actor later stays out
// until someone decides it is safe. Organisations keep their details: their names are public and are what partners
// need to read the map. Every export gets fresh ids, so no id links an anonymised file back to a named one.
import type {
  Actor,
  ActorId,
  CustomField,
  CustomValues,
  Kind,
  KindId,
  MapDocument,
  Provenance,
  Tie,
  TieId,
} from './domain';

/** What the facilitator said about a kind; never guessed from its name. */
export function isPeopleKind(kind: Pick<Kind, 'people'> | undefined): boolean {
  return kind?.people === true;
}

/** The name a person gets in the n-th place (1-based). */
export const anonymousName = (n: number): string => `Person ${n}`;

/** What an anonymised export keeps about a person, in the export dialog's and the About sheet's words. */
export const PERSON_KEEPS = [
  'kind',
  'a number (“Person 7”)',
  'place on the map',
  'care offers and care modes',
  'how sure you are (certainty)',
  'your fields marked “safe to share”',
] as const;
/** What it leaves out, in the same words. */
export const PERSON_DROPS = [
  'name',
  'email, phone, address and website',
  'description, notes and tags',
  'consent and its date',
  'role',
  'your fields not marked “safe to share”',
  'which file, sheet or workshop they came from',
] as const;
/** What changes for everyone, organisations included. */
export const EVERYONE_DROPS = [
  'tie notes',
  'where ties and actors came from (file and sheet names)',
  'people’s names written in organisations’ details (each becomes their “Person n”)',
  'ids: each export gets new ones',
] as const;

/**
 * Numbers people in the map's own order (by position, left to right, top to bottom) so the numbering does not follow
 * names and cannot be used to guess them; the same for a picture and a report made from the same map.
 */
export function anonymousNames(doc: MapDocument): Map<ActorId, string> {
  const kinds = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const people = doc.actors
    .filter((a) => isPeopleKind(kinds.get(a.kindId)))
    .sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  return new Map(people.map((a, i) => [a.id, anonymousName(i + 1)]));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces people's names, whole names only ("Ada" is not touched inside "Adam"), longest first (so "Ada Okafor" goes
 * before "Ada"), with their "Person n": for free text that stays in a shared file, such as an organisation's notes
 * ("run by Ada Okafor") or a report's words.
 */
export function nameScrubber(
  doc: MapDocument,
  names: ReadonlyMap<ActorId, string> = anonymousNames(doc),
): (text: string) => string {
  const renames = doc.actors
    .filter((a) => a.name.trim() !== '' && names.has(a.id) && names.get(a.id) !== a.name)
    .map((a) => [a.name.trim(), names.get(a.id)!] as const)
    .sort((x, y) => y[0].length - x[0].length);
  if (renames.length === 0) return (text) => text;
  const byName = new Map(renames);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${renames.map(([name]) => escapeRegExp(name)).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (text) => text.replace(pattern, (name) => byName.get(name) ?? name);
}

/** An organisation as shared: its details stay, but any person's name written in them becomes their "Person n". */
function organisationRecord(actor: Actor, id: ActorId, scrub: (text: string) => string): Actor {
  const customValues = Object.fromEntries(
    Object.entries(actor.customValues).map(([k, v]) => [k, typeof v === 'string' ? scrub(v) : v]),
  );
  return {
    ...actor,
    id,
    name: scrub(actor.name),
    description: scrub(actor.description),
    address: scrub(actor.address),
    tags: actor.tags.map(scrub),
    contact: { email: actor.contact.email, phone: actor.contact.phone, other: scrub(actor.contact.other) },
    notes: scrub(actor.notes),
    customValues,
    provenance: sourceOnly(actor.provenance),
  };
}

/** Where a record came from, without the file, sheet or workshop name (often a person's: "Ada referral.xlsx"). */
const sourceOnly = (p: Provenance): Provenance => ({
  source: p.source,
  label: '',
  sheet: null,
  row: null,
  recordedOn: null,
  certainty: p.certainty,
});

function safeValues(values: CustomValues, safe: ReadonlySet<string>): CustomValues {
  return Object.fromEntries(Object.entries(values).filter(([fieldId]) => safe.has(fieldId)));
}

/** A person as an anonymised export holds them: every field written out, so each one is a decision. */
function personRecord(actor: Actor, id: ActorId, name: string, safe: ReadonlySet<string>): Actor {
  return {
    id,
    name,
    kindId: actor.kindId,
    x: actor.x,
    y: actor.y,
    description: '',
    careOfferIds: [...actor.careOfferIds],
    careModes: [...actor.careModes],
    role: null,
    address: '',
    tags: [],
    website: '',
    contact: { email: '', phone: '', other: '' },
    consent: null,
    consentDate: null,
    notes: '',
    pinned: false,
    customValues: safeValues(actor.customValues, safe),
    provenance: sourceOnly(actor.provenance),
  };
}

function tieRecord(tie: Tie, id: TieId, fromId: ActorId, toId: ActorId, safe: ReadonlySet<string>): Tie {
  return {
    id,
    fromId,
    toId,
    tieTypeId: tie.tieTypeId,
    direction: tie.direction,
    strength: tie.strength,
    statusId: tie.statusId,
    since: tie.since,
    notes: '',
    // A tie's own fields follow the same rule as an actor's: only those marked safe to share.
    customValues: safeValues(tie.customValues, safe),
    provenance: sourceOnly(tie.provenance),
  };
}

export interface AnonymiseOptions {
  /**
   * Keep the map's own ids. Only for pictures, which never show an id and whose drawing options (hidden, faded)
   * are keyed by them; every data export gets fresh ones.
   */
  keepIds?: boolean;
}

const freshId = (): string => globalThis.crypto.randomUUID();

export function anonymiseDocument(doc: MapDocument, options: AnonymiseOptions = {}): MapDocument {
  const names = anonymousNames(doc);
  const scrub = nameScrubber(doc, names);
  const safe = new Set<string>(doc.customFields.filter((f: CustomField) => f.safe).map((f) => f.id));
  const newId = new Map<ActorId, ActorId>(
    doc.actors.map((a) => [a.id, (options.keepIds ? a.id : freshId()) as ActorId]),
  );
  const idOf = (id: ActorId) => newId.get(id) ?? id;
  const actors = doc.actors.map((actor): Actor => {
    const name = names.get(actor.id);
    if (name !== undefined) return personRecord(actor, idOf(actor.id), name, safe);
    return organisationRecord(actor, idOf(actor.id), scrub);
  });
  const ties = doc.ties.map((tie) =>
    tieRecord(tie, (options.keepIds ? tie.id : freshId()) as TieId, idOf(tie.fromId), idOf(tie.toId), safe),
  );
  // The file's place on this computer (a folder often carries the facilitator's or a person's name) stays here, and
  // a map named after someone ("Ada Okafor's circle") is named after their number.
  return { ...doc, info: { ...doc.info, path: '', name: scrub(doc.info.name) }, actors, ties };
}
