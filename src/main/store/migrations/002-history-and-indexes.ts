// Version 2: the undo history kept in the map (so it survives restarts) and the indexes edits rely on.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: '002-history-and-indexes',
  up(db) {
    db.exec(`
      CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX history_by_state ON history (undone, seq);
      CREATE INDEX ties_by_from ON ties (from_actor_id);
      CREATE INDEX ties_by_to ON ties (to_actor_id);
      CREATE INDEX actors_by_kind ON actors (kind_id);
      -- One tie of a type between two actors, whichever way round: a safety net under the command's own check.
      CREATE UNIQUE INDEX ties_one_per_type_per_pair
        ON ties (min(from_actor_id, to_actor_id), max(from_actor_id, to_actor_id), ifnull(tie_type_id, ''));
    `);
  },
};
