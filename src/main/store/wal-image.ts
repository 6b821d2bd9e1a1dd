// A read-only map's -wal folded into a private copy, so the map can be read whole from memory with its last edits.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlite, type SqliteOpenOptions } from './sql-connection';

/**
 * A -wal beside a read-only map (the drive was unplugged, or Caremap stopped, before it was folded in) holds the last
 * edits. SQLite cannot replay it where it is, so the pair is copied to a private temporary folder, replayed there, and
 * read back as one image; the copies are deleted at once.
 */
export function imageWithWal(path: string, options: SqliteOpenOptions): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'caremap-read-only-'));
  try {
    const copy = join(folder, 'map.caremap');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = createSqlite(copy, options);
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    return readFileSync(copy);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
