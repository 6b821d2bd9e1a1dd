// Version 6: a kind says whether its actors are people, and a custom field whether it is safe to share, so that
// anonymising follows what the facilitator said rather than guessing from names.
import type { Migration } from './migration';

/**
 * Frozen copy of the words the name-guessing of versions 1–5 treated as people, so an upgraded map anonymises at
 * least whom it did before; the facilitator can then tick the rest ("Volunteers", "Patients"…) in Kinds & lists.
 */
const PEOPLE_WORDS_V6 = ['individual', 'citizen', 'resident', 'neighbour', 'person', 'people'];

export const migration006: Migration = {
  version: 6,
  name: '006-people-kinds-and-safe-fields',
  up(db) {
    db.exec(`
      ALTER TABLE kinds ADD COLUMN people INTEGER NOT NULL DEFAULT 0 CHECK (people IN (0, 1));
      -- Private (0) by default: a field the facilitator added is often a date of birth or a case number.
      ALTER TABLE custom_fields ADD COLUMN safe INTEGER NOT NULL DEFAULT 0 CHECK (safe IN (0, 1));
    `);
    const mark = db.prepare('UPDATE kinds SET people = 1 WHERE lower(name) LIKE ?');
    for (const word of PEOPLE_WORDS_V6) mark.run(`%${word}%`);
  },
};
