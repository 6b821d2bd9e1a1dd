// Rows exactly as the database holds them (snake_case); mapped to domain types in row-mapping.ts and never seen outside the store.

export interface DbMapMeta {
  name: string;
  created_at: string;
}

export interface DbKind {
  id: string;
  name: string;
  colour: string;
  shape: string;
  sort_order: number;
  /** 0/1: these actors are people (migration 006). */
  people: number;
}

export interface DbTieType {
  id: string;
  name: string;
  colour: string;
  sort_order: number;
}

export interface DbTieStatus {
  id: string;
  name: string;
  line_style: string;
  sort_order: number;
}

export interface DbCareOffer {
  id: string;
  name: string;
  sort_order: number;
}

export interface DbCustomField {
  id: string;
  name: string;
  type: string;
  /** A JSON array of strings. */
  options_json: string;
  sort_order: number;
  /** 0/1: safe to share in an anonymised export (migration 006). */
  safe: number;
  /** 'actor' or 'tie' (migration 008). */
  applies_to: string;
}

/** The same columns on actors and ties. */
export interface DbProvenance {
  source: string;
  source_label: string;
  source_sheet: string | null;
  source_row: number | null;
  recorded_on: string | null;
  certainty: string;
}

export interface DbActor extends DbProvenance {
  id: string;
  name: string;
  kind_id: string;
  x: number;
  y: number;
  description: string;
  care_modes_json: string;
  role: string | null;
  address: string;
  tags_json: string;
  website: string;
  email: string;
  phone: string;
  contact_other: string;
  consent: string | null;
  consent_date: string | null;
  notes: string;
  /** 0 or 1. */
  pinned: number;
}

export interface DbActorCareOffer {
  actor_id: string;
  care_offer_id: string;
}

export interface DbActorFieldValue {
  actor_id: string;
  field_id: string;
  value_json: string;
}

export interface DbTie extends DbProvenance {
  id: string;
  from_actor_id: string;
  to_actor_id: string;
  tie_type_id: string | null;
  direction: string;
  strength: string;
  status_id: string | null;
  since: string | null;
  notes: string;
  /** The tie's custom values as a JSON object keyed by field id (version 8). */
  custom_values_json: string;
}

export interface DbHistoryEntry {
  seq: number;
  label: string;
  before_json: string;
  after_json: string;
  /** 0 = done (can be undone), 1 = undone (can be redone). */
  undone: number;
  /** Who made it: a joined device's participant id; null for the facilitator on the laptop (migration 010). */
  author: string | null;
}

export interface DbAppliedMigration {
  version: number;
  name: string;
}
