// Version 4: snapshots of the map kept inside it (its history across workshops), and the guided session's prompts.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: '004-snapshots-and-session-prompts',
  up(db) {
    db.exec(`
      -- A snapshot is a frozen copy of the map's actors, ties and taxonomy, as JSON: it is read whole (to view,
      -- compare or restore) and never queried inside, and a copy stays valid whatever later edits do to the lists.
      -- The counts are kept beside it so the History list needs no JSON parsing.
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        content_json TEXT NOT NULL,
        actor_count INTEGER NOT NULL,
        tie_count INTEGER NOT NULL
      );
      CREATE INDEX snapshots_by_date ON snapshots (created_at);
      -- The guided session's prompts as this map's facilitator wrote them; a step with no row uses the default.
      CREATE TABLE session_prompts (
        step TEXT PRIMARY KEY,
        text TEXT NOT NULL
      );
    `);
  },
};
