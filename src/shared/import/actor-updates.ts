// What an import changes on actors already on the map, in words for the preview: "Lunch Club: Description
// “Hot lunch” → “Hot lunch on Fridays”; Tags", so a facilitator sees whose details a partner's file will change.
import type { Actor } from '../domain';

export interface ActorUpdate {
  name: string;
  /** One entry per field that changes, e.g. "Phone “0207” → “0207 946 0000”" or "Care offers". */
  changes: string[];
}

/** Every field that can change, in words; the list matches the preview's "updated" count. */
const FIELDS: [keyof Actor, string][] = [
  ['name', 'Name'],
  ['kindId', 'Kind'],
  ['description', 'Description'],
  ['careOfferIds', 'Care offers'],
  ['careModes', 'Care modes'],
  ['role', 'Role'],
  ['address', 'Area or address'],
  ['tags', 'Tags'],
  ['website', 'Website'],
  ['contact', 'Contact details'],
  ['consent', 'Consent'],
  ['consentDate', 'Consent date'],
  ['notes', 'Notes'],
  ['customValues', 'Other fields'],
  ['pinned', 'Pinned'],
  ['x', 'Place on the map'],
  ['provenance', 'Where it came from (now this file)'],
];

const short = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

export function actorUpdates(
  before: ReadonlyMap<string, Actor>,
  after: ReadonlyMap<string, Actor>,
  kindName: (id: string) => string,
): ActorUpdate[] {
  const updates: ActorUpdate[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) continue;
    const changes: string[] = [];
    for (const [key, label] of FIELDS) {
      const [a, b] = [old[key], now[key]];
      if (JSON.stringify(a) === JSON.stringify(b) && (key !== 'x' || old.y === now.y)) continue;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a kind id is a string
      if (key === 'kindId') changes.push(`${label} ${short(kindName(String(a)))} → ${short(kindName(String(b)))}`);
      else if (typeof a === 'string' && typeof b === 'string')
        changes.push(a === '' ? `${label} ${short(b)} added` : `${label} ${short(a)} → ${short(b)}`);
      else changes.push(label);
    }
    if (changes.length > 0) updates.push({ name: now.name, changes });
  }
  return updates.sort((x, y) => x.name.localeCompare(y.name));
}
