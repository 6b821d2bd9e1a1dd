// Version 5: an actor can be pinned in place, so automatic layouts leave it where the facilitator put it.
import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: '005-actor-pinned',
  up(db) {
    // 0/1 like every flag in SQLite; existing actors are not pinned, as nothing could pin them before.
    db.exec('ALTER TABLE actors ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))');
  },
};
