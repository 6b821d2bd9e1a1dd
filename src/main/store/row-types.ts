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
}

export interface DbTieType {
  id: string;
  name: string;
  colour: string;
  sort_order: number;
}

export interface DbActor {
  id: string;
  name: string;
  kind_id: string;
  x: number;
  y: number;
}

export interface DbTie {
  id: string;
  from_actor_id: string;
  to_actor_id: string;
  tie_type_id: string | null;
  direction: string;
}

export interface DbHistoryEntry {
  seq: number;
  label: string;
  before_json: string;
  after_json: string;
  /** 0 = done (can be undone), 1 = undone (can be redone). */
  undone: number;
}

export interface DbAppliedMigration {
  version: number;
  name: string;
}
