// "Save a copy as": VACUUM INTO a temporary file beside the target, then rename it over, so a failure leaves the target as it was.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';
import type { SqliteDatabase } from './sql-connection';
import { ioError, mapInUseError } from './store-errors';

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

export function saveCopy(db: SqliteDatabase, sourcePath: string, target: string): void {
  const targetPath = resolve(target);
  if (targetPath === resolve(sourcePath)) {
    throw new CaremapError('invalid-input', 'That is the map you have open. Choose another name for the copy.', { file: targetPath });
  }
  // A -wal beside the target means it is open somewhere (or was not closed): replacing it would lose that window's
  // edits, and SQLite would later replay the old WAL onto our copy.
  if (existsSync(`${targetPath}-wal`)) throw mapInUseError(targetPath);
  const folder = dirname(targetPath);
  // Same folder as the target, so the final rename stays on one file system and is atomic.
  const temp = join(folder, `.${basename(targetPath)}.${randomUUID()}.tmp`);
  try {
    // Owner only (0600) from the start: VACUUM INTO fills an existing empty file and keeps its mode.
    closeSync(openSync(temp, 'wx', 0o600));
    // VACUUM INTO writes a consistent, compacted snapshot, header included (application_id, user_version).
    db.prepare('VACUUM INTO ?').run(temp);
    syncFile(temp);
    renameSync(temp, targetPath);
    syncFolder(folder);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof CaremapError) throw error;
    throw ioError(targetPath, 'save a copy as', error);
  }
}
