// Version 7: a change counter kept in the file, bumped in every edit's transaction (edits, undo, redo). A plan made
// for an import is reused only while it is unchanged; SQLite's total_changes() restarted at zero whenever the map was
// reopened, so an edit between a preview and its commit could be silently reverted.
import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  name: '007-change-counter',
  up(db) {
    db.exec(`
      CREATE TABLE change_counter (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL CHECK (count >= 0)
      );
      INSERT INTO change_counter (id, count) VALUES (1, 0);
    `);
  },
};
