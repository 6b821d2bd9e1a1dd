// The actor table's columns: their headings and the plain text of each cell, used to sort and to narrow rows.
import type { Actor, CareOfferId, CustomField, CustomFieldValue, Kind, KindId } from '../../../shared/domain';
import { CERTAINTY_WORDS, ROLE_WORDS } from '../inspector/words';

export const ACTOR_COLUMNS = [
  { key: 'name', heading: 'Name' },
  { key: 'kind', heading: 'Kind' },
  { key: 'role', heading: 'Role' },
  { key: 'tags', heading: 'Tags' },
  { key: 'careOffers', heading: 'Care offers' },
  { key: 'area', heading: 'Area' },
  { key: 'certainty', heading: 'Certainty' },
] as const;
/** The fixed columns, then one per custom field of the map, keyed `field:<id>`. */
export type ActorColumn = (typeof ACTOR_COLUMNS)[number]['key'] | `field:${string}`;
export const fieldColumn = (field: CustomField): ActorColumn => `field:${field.id}`;

/** The taxonomy a row needs to name what an actor refers to; one object per taxonomy change, so rows can memo on it. */
export interface ActorLookups {
  kinds: readonly Kind[];
  kindsById: ReadonlyMap<KindId, Kind>;
  careOfferNames: ReadonlyMap<CareOfferId, string>;
  customFields: readonly CustomField[];
}

/** "Confirmed – seen or agreed" is the inspector's wording; a table cell takes its first word. */
export const shortCertainty = (actor: Actor) => CERTAINTY_WORDS[actor.provenance.certainty].split(' – ')[0] ?? '';

export function careOffersText(actor: Actor, lookups: ActorLookups): string {
  return actor.careOfferIds
    .map((id) => lookups.careOfferNames.get(id))
    .filter(Boolean)
    .join(', ');
}

/** A custom field's value as a cell shows it: yes/no for yes-or-no fields, as stored otherwise. */
export function fieldText(value: CustomFieldValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

export function actorCellText(actor: Actor, column: ActorColumn, lookups: ActorLookups): string {
  if (column.startsWith('field:')) return fieldText(actor.customValues[column.slice('field:'.length)]);
  switch (column) {
    case 'name':
      return actor.name;
    case 'kind':
      return lookups.kindsById.get(actor.kindId)?.name ?? '';
    case 'role':
      return actor.role ? ROLE_WORDS[actor.role] : '';
    case 'tags':
      return actor.tags.join(', ');
    case 'careOffers':
      return careOffersText(actor, lookups);
    case 'area':
      return actor.address;
    default:
      return shortCertainty(actor);
  }
}

/** Everything a row shows, for the table's own text box. */
export function actorRowText(actor: Actor, lookups: ActorLookups): string {
  const fixed = ACTOR_COLUMNS.map((c) => actorCellText(actor, c.key, lookups));
  return [...fixed, ...lookups.customFields.map((f) => fieldText(actor.customValues[f.id]))].join(' ');
}
