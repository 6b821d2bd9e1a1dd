// Converts between database rows and actor and tie records, so snake_case, JSON columns and link tables stop at the
// store's edge. (The taxonomy's rows are mapped in taxonomy-row-mapping.ts.)
import type {
  Actor,
  ActorId,
  CareOfferId,
  CustomValues,
  KindId,
  Provenance,
  Tie,
  TieId,
  TieStatusId,
  TieTypeId,
} from '../../shared/domain';
import {
  ACTOR_ROLES,
  CARE_MODES,
  CERTAINTIES,
  CONSENT_STATES,
  PROVENANCE_SOURCES,
  TIE_DIRECTIONS,
  TIE_STRENGTHS,
} from '../../shared/domain';
import type { DbActor, DbProvenance, DbTie } from './row-types';
import { oneOf, oneOfOrNull, stringList } from './row-values';

export { kindFromRow, kindToRow, tieTypeFromRow, tieTypeToRow } from './taxonomy-row-mapping';

function provenanceFromRow(row: DbProvenance): Provenance {
  return {
    source: oneOf(PROVENANCE_SOURCES, row.source, 'hand'),
    label: row.source_label,
    sheet: row.source_sheet,
    row: row.source_row,
    recordedOn: row.recorded_on,
    certainty: oneOf(CERTAINTIES, row.certainty, 'confirmed'),
  };
}

function provenanceToRow(p: Provenance): DbProvenance {
  return {
    source: p.source,
    source_label: p.label,
    source_sheet: p.sheet,
    source_row: p.row,
    recorded_on: p.recordedOn,
    certainty: p.certainty,
  };
}

/** What an actor holds outside its own row: care offers and custom values live in link tables. */
export interface ActorLinks {
  careOfferIds: CareOfferId[];
  customValues: CustomValues;
}

export function actorFromRow(row: DbActor, links: ActorLinks = { careOfferIds: [], customValues: {} }): Actor {
  return {
    id: row.id as ActorId,
    name: row.name,
    kindId: row.kind_id as KindId,
    x: row.x,
    y: row.y,
    description: row.description,
    careOfferIds: links.careOfferIds,
    careModes: stringList(row.care_modes_json).filter((m): m is Actor['careModes'][number] =>
      (CARE_MODES as readonly string[]).includes(m),
    ),
    role: oneOfOrNull(ACTOR_ROLES, row.role),
    address: row.address,
    tags: stringList(row.tags_json),
    website: row.website,
    contact: { email: row.email, phone: row.phone, other: row.contact_other },
    consent: oneOfOrNull(CONSENT_STATES, row.consent),
    consentDate: row.consent_date,
    notes: row.notes,
    pinned: row.pinned === 1,
    customValues: links.customValues,
    provenance: provenanceFromRow(row),
  };
}

export function actorToRow(actor: Actor): DbActor {
  return {
    id: actor.id,
    name: actor.name,
    kind_id: actor.kindId,
    x: actor.x,
    y: actor.y,
    description: actor.description,
    care_modes_json: JSON.stringify(actor.careModes),
    role: actor.role,
    address: actor.address,
    tags_json: JSON.stringify(actor.tags),
    website: actor.website,
    email: actor.contact.email,
    phone: actor.contact.phone,
    contact_other: actor.contact.other,
    consent: actor.consent,
    consent_date: actor.consentDate,
    notes: actor.notes,
    pinned: actor.pinned ? 1 : 0,
    ...provenanceToRow(actor.provenance),
  };
}

export function tieFromRow(row: DbTie): Tie {
  return {
    id: row.id as TieId,
    fromId: row.from_actor_id as ActorId,
    toId: row.to_actor_id as ActorId,
    tieTypeId: row.tie_type_id as TieTypeId | null,
    direction: oneOf(TIE_DIRECTIONS, row.direction, 'none'),
    strength: oneOf(TIE_STRENGTHS, row.strength, 'medium'),
    statusId: row.status_id as TieStatusId | null,
    since: row.since,
    notes: row.notes,
    customValues: valuesFromJson(row.custom_values_json),
    provenance: provenanceFromRow(row),
  };
}

/** A tie's custom values column back to a record; anything that is not a plain value is left out, not guessed. */
function valuesFromJson(json: string): CustomValues {
  const values: CustomValues = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return values;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return values;
  for (const [fieldId, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    )
      values[fieldId] = value;
  }
  return values;
}

export function tieToRow(tie: Tie): DbTie {
  return {
    id: tie.id,
    from_actor_id: tie.fromId,
    to_actor_id: tie.toId,
    tie_type_id: tie.tieTypeId,
    direction: tie.direction,
    strength: tie.strength,
    status_id: tie.statusId,
    since: tie.since,
    notes: tie.notes,
    custom_values_json: JSON.stringify(tie.customValues),
    ...provenanceToRow(tie.provenance),
  };
}
