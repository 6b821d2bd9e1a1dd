// Opens an existing map for editing: inspect without writing, then take the lock, set the pragmas and migrate.
import { resolve } from 'node:path';
import { inspectMapFile, translateOpenError } from './inspect-map-file';
import { MapStore } from './map-store';
import { canWriteMap, openReadOnlyMap } from './read-only-map';
import { checkSchema } from './expected-schema';
import { applyMigrations, readAppliedMigrations } from './migrate';
import { openSqlite, type SqliteDatabase, type SqliteOpenOptions } from './sql-connection';

export interface MapStoreOptions {
  nativeBinding?: string;
  /** Undo steps kept in the file (default 1000). */
  historyLimit?: number;
}

function openLocked(path: string, options: MapStoreOptions): SqliteDatabase {
  const sqliteOptions: SqliteOpenOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = openSqlite(path, sqliteOptions);
  try {
    // EXCLUSIVE before WAL: SQLite then keeps the file locked until close and never uses shared memory, so a second
    // window or process cannot open (let alone write) the map while this one has it.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Take the write lock now, not at the first edit, so "open elsewhere" is found at open time.
    db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the map at `file` (read-only when the file or its folder cannot be written: `info().readOnly`), or throws a CaremapError (not-a-map, corrupt-map, newer-version, map-in-use, file-not-found, unexpected-schema).
 */
export function openMapStore(file: string, options: MapStoreOptions = {}): MapStore {
  const path = resolve(file);
  const sqliteOptions: SqliteOpenOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  inspectMapFile(path, sqliteOptions);
  if (!canWriteMap(path)) {
    try {
      const { db, schemaVersion } = openReadOnlyMap(path, sqliteOptions);
      return new MapStore(db, path, schemaVersion, options.historyLimit, { readOnly: true });
    } catch (error) {
      throw translateOpenError(error, path);
    }
  }
  let db: SqliteDatabase | null = null;
  try {
    db = openLocked(path, options);
    // Checked again under the lock: the file could have been swapped between the inspection and now.
    checkSchema(db, path, readAppliedMigrations(db)?.length ?? 0);
    const schemaVersion = applyMigrations(db, path);
    return new MapStore(db, path, schemaVersion, options.historyLimit);
  } catch (error) {
    db?.close();
    throw translateOpenError(error, path);
  }
}
