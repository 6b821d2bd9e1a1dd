// Writes a brand-new map file whole (taxonomy and any starting records) and only then gives it its name.
import { closeSync, existsSync, linkSync, openSync, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Actor, Taxonomy, Tie } from '../../shared/domain';
import { TAXONOMY_LISTS } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import * as actorSql from './actor-queries';
import { applyMigrations } from './migrate';
import { MapStore } from './map-store';
import { openMapStore, type MapStoreOptions } from './open-map-file';
import { Connection, createSqlite } from './sql-connection';
import { fileExistsError, ioError, sqliteErrorCode } from './store-errors';
import * as metaSql from './meta-queries';
import { taxonomyTable } from './taxonomy-tables';
import * as tieSql from './tie-queries';

/** Every list of the taxonomy is required, so no new map can be made without the seeded lists by accident. */
export interface NewMapContent extends Taxonomy {
  name: string;
  createdAt?: string;
  actors?: readonly Actor[];
  ties?: readonly Tie[];
}

function removeTemp(temp: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
}

/** Gives the finished file its name without ever replacing a file someone made meanwhile. */
function claimName(temp: string, path: string): void {
  // A -wal or -shm left by a deleted map would be replayed onto the new one by SQLite; they belong to no file now.
  if (!existsSync(path)) for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
  try {
    linkSync(temp, path);
    rmSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw fileExistsError(path);
    // Some file systems (FAT, some network shares) have no hard links; check, then rename.
    if (existsSync(path)) throw fileExistsError(path);
    renameSync(temp, path);
  }
}

function fill(conn: Connection, content: NewMapContent): void {
  conn.transaction(() => {
    metaSql.writeMeta(conn, { name: content.name, created_at: content.createdAt ?? new Date().toISOString() });
    for (const list of TAXONOMY_LISTS) writeList(conn, list, content);
    actorSql.upsertActors(conn, content.actors ?? []);
    tieSql.upsertTies(conn, content.ties ?? []);
  });
}

function writeList<K extends (typeof TAXONOMY_LISTS)[number]>(conn: Connection, list: K, content: Taxonomy): void {
  taxonomyTable(list).upsert(conn, content[list]);
}

/** Creates the file at `file` (refusing 'file-exists'); no undo history is written, so a new map starts clean. */
export function writeNewMapFile(file: string, content: NewMapContent, options: MapStoreOptions = {}): void {
  const path = resolve(file);
  if (existsSync(path)) throw fileExistsError(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    // Made empty and owner-only (0600) first: SQLite then uses the file as it is, and gives its -wal the same mode.
    closeSync(openSync(temp, 'wx', 0o600));
    const db = createSqlite(temp, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      db.pragma('foreign_keys = ON');
      applyMigrations(db, path);
      fill(new Connection(db), content);
      // Persisted in the header: the file is a WAL database from its first byte on disk.
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    claimName(temp, path);
  } catch (error) {
    removeTemp(temp);
    if (error instanceof CaremapError) throw error;
    // Content that breaks the schema is a bug in the caller, not a problem with the disk.
    if (sqliteErrorCode(error)?.startsWith('SQLITE_CONSTRAINT')) throw error;
    throw ioError(path, 'create', error);
  }
}

/** Creates a new map and opens it for editing. */
export function createMapStore(file: string, content: NewMapContent, options: MapStoreOptions = {}): MapStore {
  writeNewMapFile(file, content, options);
  return openMapStore(file, options);
}
