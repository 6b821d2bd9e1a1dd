// Maps Caremap may read but not write (a CD, a write-protected USB stick, a locked file): opened from an in-memory
// image so they can be looked at, analysed, exported and copied, with every edit refused in a sentence.
import { accessSync, closeSync, constants, existsSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkSchema } from './expected-schema';
import { openMapImage } from './inspect-map-file';
import { imageWithWal } from './wal-image';
import { applyMigrations, readAppliedMigrations } from './migrate';
import { openSqlite, type SqliteDatabase, type SqliteOpenOptions } from './sql-connection';

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

function refusedForWriting(error: unknown): boolean {
  return READ_ONLY_CODES.has((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * False when the file cannot be opened for writing, or its folder cannot take the -wal file SQLite writes beside it:
 * read-only media, a write-protected file, a folder we may only read.
 */
export function canWriteMap(path: string): boolean {
  try {
    closeSync(openSync(path, constants.O_RDWR | (constants.O_NONBLOCK ?? 0)));
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch (error) {
    if (refusedForWriting(error)) return false;
    throw error;
  }
}

/**
 * Opens a map read-only. From an in-memory image when possible, so an older map is brought up to the current
 * schema in memory (never on the disk) and no side file is needed; then query_only makes every write fail.
 * Returns the connection and the schema version it is at.
 */
/** Above this a map is read from the file itself (and cannot be brought up to date) rather than from memory. */
const LARGEST_IMAGE = 256 * 1024 * 1024;

function openReadOnlyConnection(path: string, options: SqliteOpenOptions): SqliteDatabase {
  if (statSync(path).size > LARGEST_IMAGE) return openSqlite(path, { ...options, readonly: true });
  return openMapImage(path, options, existsSync(`${path}-wal`) ? imageWithWal(path, options) : undefined);
}

export function openReadOnlyMap(
  path: string,
  options: SqliteOpenOptions,
): { db: SqliteDatabase; schemaVersion: number } {
  const db = openReadOnlyConnection(path, options);
  try {
    const applied = readAppliedMigrations(db)?.length ?? 0;
    checkSchema(db, path, applied);
    const schemaVersion = db.readonly ? applied : applyMigrations(db, path);
    db.pragma('query_only = ON');
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    throw error;
  }
}
