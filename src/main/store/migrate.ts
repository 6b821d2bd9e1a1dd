// Applies migrations forward in one transaction, and refuses a file whose history is not a prefix of ours.
import { MIGRATIONS, type Migration } from './migrations';
import type { DbAppliedMigration } from './row-types';
import type { SqliteDatabase } from './sql-connection';
import { newerVersionError } from './store-errors';

const CREATE_SCHEMA_VERSION = `
  CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;

/** The migrations a file says it has, oldest first; null when it has no schema_version table at all. */
export function readAppliedMigrations(db: SqliteDatabase): DbAppliedMigration[] | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return null;
  return db.prepare('SELECT version, name FROM schema_version ORDER BY version').all() as DbAppliedMigration[];
}

/** Drift check: every applied migration must be ours, in our order. Anything else came from a newer (or other) Caremap. */
export function isKnownHistory(
  applied: readonly DbAppliedMigration[],
  available: readonly Migration[] = MIGRATIONS,
): boolean {
  if (applied.length > available.length) return false;
  return applied.every((row, i) => row.version === available[i]?.version && row.name === available[i]?.name);
}

/**
 * Brings the file up to `available` (or its first `upTo` entries, for fixtures written "by an older version").
 * Returns the schema version the file is at afterwards.
 */
export function applyMigrations(
  db: SqliteDatabase,
  file: string,
  available: readonly Migration[] = MIGRATIONS,
): number {
  const migrate = db.transaction(() => {
    db.exec(CREATE_SCHEMA_VERSION);
    const applied = readAppliedMigrations(db) ?? [];
    if (!isKnownHistory(applied, available)) throw newerVersionError(file);
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of available.slice(applied.length)) {
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    // user_version mirrors the table so other tools (and a quick `sqlite3 x.caremap 'PRAGMA user_version'`) can see it.
    db.pragma(`user_version = ${available.length}`);
    return available.length;
  });
  return migrate.immediate();
}
