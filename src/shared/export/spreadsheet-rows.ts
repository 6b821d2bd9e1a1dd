// A map as spreadsheet rows (a header row, then one row per actor or tie), shared by the xlsx and CSV writers.
import type { Actor, CustomField, CustomFieldValue, FieldTarget, MapDocument, Tie } from '../domain';
import {
  ACTOR_COLUMNS,
  CARE_MODE_CELLS,
  CARE_OFFER_COLUMNS,
  CERTAINTY_CELLS,
  CONSENT_CELLS,
  DIRECTION_CELLS,
  FIELD_COLUMNS,
  FIELD_TARGET_CELLS,
  FIELD_TYPE_CELLS,
  joinValues,
  KIND_COLUMNS,
  LINE_STYLE_CELLS,
  NO_CELL,
  ROLE_CELLS,
  SHAPE_CELLS,
  SOURCE_CELLS,
  STRENGTH_CELLS,
  TIE_COLUMNS,
  TIE_STATUS_COLUMNS,
  TIE_TYPE_COLUMNS,
  YES_CELL,
} from '../spreadsheet-columns';

/** A text cell or a number cell; numbers are only ever X, Y and number fields, so every text stays text. */
export type Cell = string | number;
export type Row = Cell[];

function customCell(field: CustomField, value: CustomFieldValue | undefined): Cell {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? YES_CELL : NO_CELL;
  if (typeof value === 'number') return field.type === 'number' ? value : String(value);
  return value;
}

/** The custom fields recorded on actors (or ties), in the facilitator's order: one column each on that sheet. */
function fieldsFor(doc: MapDocument, target: FieldTarget): CustomField[] {
  return doc.customFields.filter((f) => f.appliesTo === target).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Rounded to a hundredth of a pixel: positions are for re-importing, not surveying. */
const coordinate = (n: number) => Math.round(n * 100) / 100;

export function actorRows(doc: MapDocument): Row[] {
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k.name]));
  const offers = new Map(doc.careOffers.map((o) => [o.id as string, o.name]));
  const fields = fieldsFor(doc, 'actor');
  const row = (a: Actor): Row => [
    a.name,
    kinds.get(a.kindId) ?? '',
    a.description,
    joinValues(a.careOfferIds.map((id) => offers.get(id) ?? '').filter((n) => n !== '')),
    joinValues(a.careModes.map((m) => CARE_MODE_CELLS[m])),
    a.role ? ROLE_CELLS[a.role] : '',
    a.address,
    joinValues(a.tags),
    a.website,
    a.contact.email,
    a.contact.phone,
    a.contact.other,
    a.consent ? CONSENT_CELLS[a.consent] : '',
    a.consentDate ?? '',
    a.notes,
    SOURCE_CELLS[a.provenance.source],
    a.provenance.label,
    CERTAINTY_CELLS[a.provenance.certainty],
    coordinate(a.x),
    coordinate(a.y),
    ...fields.map((f) => customCell(f, a.customValues[f.id])),
  ];
  return [[...ACTOR_COLUMNS, ...fields.map((f) => f.name)], ...doc.actors.map(row)];
}

export function tieRows(doc: MapDocument): Row[] {
  const names = new Map(doc.actors.map((a) => [a.id as string, a.name]));
  const types = new Map(doc.tieTypes.map((t) => [t.id as string, t.name]));
  const statuses = new Map(doc.tieStatuses.map((s) => [s.id as string, s.name]));
  const fields = fieldsFor(doc, 'tie');
  const row = (t: Tie): Row => [
    names.get(t.fromId) ?? '',
    names.get(t.toId) ?? '',
    t.tieTypeId ? (types.get(t.tieTypeId) ?? '') : '',
    DIRECTION_CELLS[t.direction],
    STRENGTH_CELLS[t.strength],
    t.statusId ? (statuses.get(t.statusId) ?? '') : '',
    t.since ?? '',
    t.notes,
    ...fields.map((f) => customCell(f, t.customValues[f.id])),
  ];
  return [[...TIE_COLUMNS, ...fields.map((f) => f.name)], ...doc.ties.map(row)];
}

const bySortOrder = <T extends { sortOrder: number }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.sortOrder - b.sortOrder);

/** The map's own lists, one small sheet each, so an import recreates kinds' colours and fields' types. */
export function listRows(doc: MapDocument) {
  return {
    kinds: [[...KIND_COLUMNS], ...bySortOrder(doc.kinds).map((k) => [k.name, k.colour, SHAPE_CELLS[k.shape]])],
    tieTypes: [[...TIE_TYPE_COLUMNS], ...bySortOrder(doc.tieTypes).map((t) => [t.name, t.colour])],
    tieStatuses: [
      [...TIE_STATUS_COLUMNS],
      ...bySortOrder(doc.tieStatuses).map((s) => [s.name, LINE_STYLE_CELLS[s.lineStyle]]),
    ],
    careOffers: [[...CARE_OFFER_COLUMNS], ...bySortOrder(doc.careOffers).map((o) => [o.name])],
    fields: [
      [...FIELD_COLUMNS],
      ...bySortOrder(doc.customFields).map((f) => [
        f.name,
        FIELD_TYPE_CELLS[f.type],
        joinValues(f.options),
        FIELD_TARGET_CELLS[f.appliesTo],
      ]),
    ],
  } satisfies Record<string, Row[]>;
}
