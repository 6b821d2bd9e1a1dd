// Removes the hidden temporary copies a crash or kill left behind during "Save a copy as", a new map or an export.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Only our own names: ".<file name>.<uuid>.tmp" (and SQLite's -wal/-shm/-journal beside one), as save-copy.ts,
 * create-map-file.ts and write-file-atomic.ts make them. Anything else, hidden or not, is someone else's.
 */
const OUR_TEMP_NAME = /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp(-wal|-shm|-journal)?$/;

/** Old enough that no Caremap could still be writing it: a copy of the largest map takes seconds, not an hour. */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

export function isOurTempName(name: string): boolean {
  return OUR_TEMP_NAME.test(name);
}

/** Deletes stale temporary copies in `folders` (missing or unreadable folders are skipped); returns the paths removed. */
export function cleanStaleTempCopies(
  folders: Iterable<string>,
  now = Date.now(),
  maxAgeMs = STALE_TEMP_AGE_MS,
): string[] {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // a recent map's folder on a drive that is not plugged in
    }
    for (const name of names) {
      if (!isOurTempName(name)) continue;
      const path = join(folder, name);
      try {
        const stats = lstatSync(path);
        if (!stats.isFile() || now - stats.mtimeMs < maxAgeMs) continue;
        rmSync(path);
        removed.push(path);
      } catch {
        // Gone already, or not ours to delete (read-only drive): leave it.
      }
    }
  }
  return removed;
}
