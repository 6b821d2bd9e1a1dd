// "Save a copy as": VACUUM INTO a temporary file beside the target, then rename it over, so a failure leaves the target as it was.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';
import type { SqliteDatabase } from './sql-connection';
import { diskFullError, ioError, isDiskFullError, mapInUseError, replaceFileError } from './store-errors';

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; not possible (nor needed) on Windows, where folders cannot be opened. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    syncFile(folder);
  } catch {
    // Best effort: the copy is complete either way.
  }
}

export interface SaveCopyOptions {
  /** The person has said yes to replacing a file already at the target; without it an existing file is refused. */
  replace?: boolean;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Refuses the open map under any of its names (a link, another spelling on a case-insensitive disk: same device and
 * inode), anything that is not a plain file, and an existing file unless the person said to replace it.
 */
function checkTarget(sourcePath: string, targetPath: string, options: SaveCopyOptions): void {
  const existing = statOrNull(targetPath);
  const source = statOrNull(sourcePath);
  const sameFile = existing !== null && source !== null && existing.dev === source.dev && existing.ino === source.ino;
  if (targetPath === resolve(sourcePath) || sameFile) {
    throw new CaremapError('invalid-input', 'That is the map you have open. Choose another name for the copy.', {
      file: targetPath,
    });
  }
  // A -wal beside the target means it is open somewhere (or was not closed): replacing it would lose that window's
  // edits, and SQLite would later replay the old WAL onto our copy.
  if (existsSync(`${targetPath}-wal`)) throw mapInUseError(targetPath);
  if (existing && !existing.isFile()) throw ioError(targetPath, 'save a copy as', new Error('not a regular file'));
  if (existing && options.replace !== true) throw replaceFileError(targetPath);
}

/**
 * A read-only map (query_only, on its in-memory image) may still be copied: VACUUM INTO writes only the new file, so
 * query_only is lifted for that one statement.
 */
function vacuumInto(db: SqliteDatabase, temp: string): void {
  const queryOnly = db.pragma('query_only', { simple: true }) === 1;
  if (queryOnly) db.pragma('query_only = OFF');
  try {
    db.prepare('VACUUM INTO ?').run(temp);
  } finally {
    if (queryOnly) db.pragma('query_only = ON');
  }
}

export function saveCopy(db: SqliteDatabase, sourcePath: string, target: string, options: SaveCopyOptions = {}): void {
  const targetPath = resolve(target);
  checkTarget(sourcePath, targetPath, options);
  const folder = dirname(targetPath);
  // Same folder as the target, so the final rename stays on one file system and is atomic.
  const temp = join(folder, `.${basename(targetPath)}.${randomUUID()}.tmp`);
  try {
    // Owner only (0600) from the start: VACUUM INTO fills an existing empty file and keeps its mode.
    closeSync(openSync(temp, 'wx', 0o600));
    // VACUUM INTO writes a consistent, compacted snapshot, header included (application_id, user_version).
    vacuumInto(db, temp);
    syncFile(temp);
    renameSync(temp, targetPath);
    syncFolder(folder);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof CaremapError) throw error;
    if (isDiskFullError(error)) throw diskFullError(targetPath);
    throw ioError(targetPath, 'save a copy as', error);
  }
}
