// The actor and tie attributes that GraphML and GEXF carry, as (id, title, type, value) lists: one place decides
// what a graph file holds, so the two writers cannot drift apart.
import type { Actor, CustomField, MapDocument, Tie } from '../domain';
import {
  CARE_MODE_CELLS,
  CERTAINTY_CELLS,
  CONSENT_CELLS,
  DIRECTION_CELLS,
  joinValues,
  ROLE_CELLS,
  SOURCE_CELLS,
  STRENGTH_CELLS,
} from '../spreadsheet-columns';

export type AttributeType = 'string' | 'double' | 'boolean';

export interface AttributeDef<R> {
  id: string;
  title: string;
  type: AttributeType;
  /** '' or undefined: the record has no value, so none is written. */
  value(record: R): string | number | boolean | undefined;
}

function customType(field: CustomField): AttributeType {
  return field.type === 'number' ? 'double' : field.type === 'boolean' ? 'boolean' : 'string';
}

export function actorAttributes(doc: MapDocument): AttributeDef<Actor>[] {
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k.name]));
  const offers = new Map(doc.careOffers.map((o) => [o.id as string, o.name]));
  const text = (id: string, title: string, value: (a: Actor) => string): AttributeDef<Actor> => ({
    id,
    title,
    type: 'string',
    value,
  });
  const fields = doc.customFields.filter((f) => f.appliesTo === 'actor').sort((a, b) => a.sortOrder - b.sortOrder);
  return [
    text('kind', 'Kind', (a) => kinds.get(a.kindId) ?? ''),
    text('description', 'Description', (a) => a.description),
    text('care_offers', 'Care offers', (a) => joinValues(a.careOfferIds.map((id) => offers.get(id) ?? ''))),
    text('care_modes', 'Care modes', (a) => joinValues(a.careModes.map((m) => CARE_MODE_CELLS[m]))),
    text('role', 'Role', (a) => (a.role ? ROLE_CELLS[a.role] : '')),
    text('address', 'Area or address', (a) => a.address),
    text('tags', 'Tags', (a) => joinValues(a.tags)),
    text('website', 'Website', (a) => a.website),
    text('email', 'Email', (a) => a.contact.email),
    text('phone', 'Phone', (a) => a.contact.phone),
    text('other_contact', 'Other contact', (a) => a.contact.other),
    text('consent', 'Consent', (a) => (a.consent ? CONSENT_CELLS[a.consent] : '')),
    text('consent_date', 'Consent date', (a) => a.consentDate ?? ''),
    text('notes', 'Notes', (a) => a.notes),
    text('source', 'Source', (a) => SOURCE_CELLS[a.provenance.source]),
    text('source_label', 'Source label', (a) => a.provenance.label),
    text('certainty', 'Certainty', (a) => CERTAINTY_CELLS[a.provenance.certainty]),
    ...fields.map((f, i): AttributeDef<Actor> => ({
      id: `field_${i}`,
      title: f.name,
      type: customType(f),
      value: (a) => a.customValues[f.id],
    })),
  ];
}

export function tieAttributes(doc: MapDocument): AttributeDef<Tie>[] {
  const types = new Map(doc.tieTypes.map((t) => [t.id as string, t.name]));
  const statuses = new Map(doc.tieStatuses.map((s) => [s.id as string, s.name]));
  const text = (id: string, title: string, value: (t: Tie) => string): AttributeDef<Tie> => ({
    id,
    title,
    type: 'string',
    value,
  });
  return [
    text('tie_type', 'Tie type', (t) => (t.tieTypeId ? (types.get(t.tieTypeId) ?? '') : '')),
    text('direction', 'Direction', (t) => DIRECTION_CELLS[t.direction]),
    text('strength', 'Strength', (t) => STRENGTH_CELLS[t.strength]),
    text('status', 'Status', (t) => (t.statusId ? (statuses.get(t.statusId) ?? '') : '')),
    text('since', 'Since', (t) => t.since ?? ''),
    text('tie_notes', 'Notes', (t) => t.notes),
  ];
}

/** Line weight for graph programs: weak 1, medium 2, strong 3. */
export const STRENGTH_WEIGHT = { weak: 1, medium: 2, strong: 3 } as const;

/** A value as attribute text; booleans as true/false, which both formats expect. */
export function attributeText(value: string | number | boolean | undefined): string | null {
  if (value === undefined || value === '') return null;
  return String(value);
}
