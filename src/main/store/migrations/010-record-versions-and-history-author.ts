// Version 10: each actor and tie records when it (and each of its fields) last changed, so an edit made on an older
// view can be merged or refused; each undo step records who made it, so undo is per person (issue 16).
import type { Migration } from './migration';

export const migration010: Migration = {
  version: 10,
  name: '010-record-versions-and-history-author',
  up(db) {
    db.exec(`
      -- Versions are values of the file's change counter (migration 007) at the write that changed the record: one
      -- clock for the whole map, so a view that has seen every change up to N knows every record as of N. 0 = not
      -- changed since this migration. field_versions_json: {"name": 12, "contact.email": 14, ...}, only the fields
      -- changed since the record was made (a field not listed is as old as the record).
      ALTER TABLE actors ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE actors ADD COLUMN field_versions_json TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE ties ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE ties ADD COLUMN field_versions_json TEXT NOT NULL DEFAULT '{}';
      -- Who made the step: a joined device's participant id, NULL for the facilitator's own views on the laptop.
      ALTER TABLE history ADD COLUMN author TEXT;
    `);
  },
};
