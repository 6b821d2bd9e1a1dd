// Checks history entries read back from a file, since a damaged entry must not reach the canvas as half a record.
// Entries written before a field existed (a version-2 map's history) get that field's default, as migration 003
// gave the records themselves, so undoing an old step after the upgrade puts back a whole record.
import { z } from 'zod';
import type { ActorId, CareOfferId, CustomFieldId, KindId, TieId, TieStatusId, TieTypeId } from '../../shared/domain';
import {
  ACTOR_ROLES,
  CARE_MODES,
  CERTAINTIES,
  CONSENT_STATES,
  CUSTOM_FIELD_TYPES,
  FIELD_TARGETS,
  KIND_SHAPES,
  LINE_STYLES,
  PROVENANCE_SOURCES,
  TIE_DIRECTIONS,
  TIE_STRENGTHS,
} from '../../shared/domain';
import { blankContact, handProvenance } from '../../shared/record-defaults';
import type { RecordSet } from './patch-types';

const branded = <B>() => z.string().transform((s) => s as B);

const provenance = z.object({
  source: z.enum(PROVENANCE_SOURCES),
  label: z.string(),
  sheet: z.string().nullable(),
  row: z.number().nullable(),
  recordedOn: z.string().nullable(),
  certainty: z.enum(CERTAINTIES),
});

const actorRecord = z.object({
  id: branded<ActorId>(),
  name: z.string(),
  kindId: branded<KindId>(),
  x: z.number(),
  y: z.number(),
  description: z.string().default(''),
  careOfferIds: z.array(branded<CareOfferId>()).default([]),
  careModes: z.array(z.enum(CARE_MODES)).default([]),
  role: z.enum(ACTOR_ROLES).nullable().default(null),
  address: z.string().default(''),
  tags: z.array(z.string()).default([]),
  website: z.string().default(''),
  contact: z.object({ email: z.string(), phone: z.string(), other: z.string() }).default(blankContact),
  consent: z.enum(CONSENT_STATES).nullable().default(null),
  consentDate: z.string().nullable().default(null),
  notes: z.string().default(''),
  pinned: z.boolean().default(false),
  customValues: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default(() => ({})),
  provenance: provenance.default(() => handProvenance()),
});

const tieRecord = z.object({
  id: branded<TieId>(),
  fromId: branded<ActorId>(),
  toId: branded<ActorId>(),
  tieTypeId: branded<TieTypeId>().nullable(),
  direction: z.enum(TIE_DIRECTIONS),
  strength: z.enum(TIE_STRENGTHS).default('medium'),
  statusId: branded<TieStatusId>().nullable().default(null),
  since: z.string().nullable().default(null),
  notes: z.string().default(''),
  // Entries written before version 8 had no tie fields.
  customValues: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default(() => ({})),
  provenance: provenance.default(() => handProvenance()),
});

const kindRecord = z.object({
  id: branded<KindId>(),
  name: z.string(),
  colour: z.string(),
  shape: z.enum(KIND_SHAPES),
  sortOrder: z.number(),
  // Entries written before version 6 had no such flag; migration 006 decided each kind's, so undo keeps it off.
  people: z.boolean().default(false),
});
const tieTypeRecord = z.object({
  id: branded<TieTypeId>(),
  name: z.string(),
  colour: z.string(),
  sortOrder: z.number(),
});
const tieStatusRecord = z.object({
  id: branded<TieStatusId>(),
  name: z.string(),
  lineStyle: z.enum(LINE_STYLES),
  sortOrder: z.number(),
});
const careOfferRecord = z.object({ id: branded<CareOfferId>(), name: z.string(), sortOrder: z.number() });
const customFieldRecord = z.object({
  id: branded<CustomFieldId>(),
  name: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string()),
  sortOrder: z.number(),
  safe: z.boolean().default(false),
  // Every field was an actor's before version 8.
  appliesTo: z.enum(FIELD_TARGETS).default('actor'),
});

/** Version-2 entries have only actors and ties; the taxonomy's lists default to empty. */
const recordSet = z.object({
  kinds: z.array(kindRecord).default([]),
  tieTypes: z.array(tieTypeRecord).default([]),
  tieStatuses: z.array(tieStatusRecord).default([]),
  careOffers: z.array(careOfferRecord).default([]),
  customFields: z.array(customFieldRecord).default([]),
  actors: z.array(actorRecord),
  ties: z.array(tieRecord),
});

/** Parses one side of a stored patch; null when it is not what Caremap wrote. */
export function parseRecordSet(json: string): RecordSet | null {
  try {
    const result = recordSet.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
