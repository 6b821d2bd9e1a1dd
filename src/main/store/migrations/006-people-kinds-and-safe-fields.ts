// Version 6: a kind says whether its actors are people, and a custom field whether it is safe to share, so that
// anonymising follows what the facilitator said rather than guessing from names.
import type { SqliteDatabase } from '../sql-connection';
import type { Migration } from './migration';

/**
 * Frozen copy of the words the name-guessing of versions 1–5 treated as people, so an upgraded map anonymises at
 * least whom it did before; the facilitator can then mark the rest ("Volunteers", "Patients"…) in Kinds & lists.
 */
const PEOPLE_WORDS_V6 = ['individual', 'citizen', 'resident', 'neighbour', 'person', 'people'];

const soundsLikePeople = (name: string) => PEOPLE_WORDS_V6.some((word) => name.toLowerCase().includes(word));

type Json = Record<string, unknown>;

/**
 * Kinds inside stored undo steps and snapshots get the flag too: otherwise undoing an old kind edit, or restoring an
 * old snapshot, would put a people kind back as "not people" and its actors would lose their anonymising.
 */
function flagStoredKinds(json: string, peopleById: ReadonlyMap<string, boolean>): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const kinds = (value as Json | null)?.kinds;
  if (!Array.isArray(kinds) || kinds.length === 0) return null;
  for (const kind of kinds as Json[]) {
    if (typeof kind !== 'object' || kind === null || 'people' in kind) continue;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a kind's name in a stored record is a string
    kind.people = peopleById.get(String(kind.id)) ?? soundsLikePeople(String(kind.name ?? ''));
  }
  return JSON.stringify(value);
}

function rewrite(
  db: SqliteDatabase,
  table: 'history' | 'snapshots',
  key: string,
  columns: readonly string[],
  peopleById: ReadonlyMap<string, boolean>,
) {
  const rows = db.prepare(`SELECT ${key} AS key, ${columns.join(', ')} FROM ${table}`).all() as Json[];
  for (const row of rows) {
    for (const column of columns) {
      const updated = flagStoredKinds(String(row[column]), peopleById);
      if (updated !== null) db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`).run(updated, row.key);
    }
  }
}

export const migration006: Migration = {
  version: 6,
  name: '006-people-kinds-and-safe-fields',
  up(db) {
    db.exec(`
      ALTER TABLE kinds ADD COLUMN people INTEGER NOT NULL DEFAULT 0 CHECK (people IN (0, 1));
      -- Private (0) by default: a field the facilitator added is often a date of birth or a case number.
      ALTER TABLE custom_fields ADD COLUMN safe INTEGER NOT NULL DEFAULT 0 CHECK (safe IN (0, 1));
    `);
    const kinds = db.prepare('SELECT id, name FROM kinds').all() as { id: string; name: string }[];
    const mark = db.prepare('UPDATE kinds SET people = 1 WHERE id = ?');
    for (const kind of kinds) if (soundsLikePeople(kind.name)) mark.run(kind.id);
    const peopleById = new Map(kinds.map((k) => [k.id, soundsLikePeople(k.name)]));
    rewrite(db, 'history', 'seq', ['before_json', 'after_json'], peopleById);
    rewrite(db, 'snapshots', 'id', ['content_json'], peopleById);
  },
};
