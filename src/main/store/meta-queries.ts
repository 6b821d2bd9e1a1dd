// SQL for the map's metadata row. (The taxonomy's lists are read and written through taxonomy-tables.ts.)
import type { DbMapMeta } from './row-types';
import type { Connection } from './sql-connection';

export function readMeta(conn: Connection): DbMapMeta | undefined {
  return conn.get<DbMapMeta>('SELECT name, created_at FROM map_meta WHERE id = 1');
}

export function writeMeta(conn: Connection, meta: DbMapMeta): void {
  conn.run(
    'INSERT INTO map_meta (id, name, created_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
    meta.name,
    meta.created_at,
  );
}

/** The map's change counter (migration 007): how many edits, undos and redos the file has had. */
export function readChangeCount(conn: Connection): number {
  return conn.get<{ count: number }>('SELECT count FROM change_counter WHERE id = 1')?.count ?? 0;
}

/** Called inside every edit's transaction, so the count and the edit land together. */
export function bumpChangeCount(conn: Connection): void {
  conn.run('UPDATE change_counter SET count = count + 1 WHERE id = 1');
}

/**
 * Changes whenever the file's rows may have changed: rows this connection has written since it opened
 * (total_changes(), triggers included, whichever code path wrote them) and commits by any other connection
 * (data_version). A cache of what was read from the file holds while this stays the same.
 */
export function readWriteStamp(conn: Connection): string {
  const row = conn.get<{ written: number }>('SELECT total_changes() AS written');
  const other = conn.db.pragma('data_version', { simple: true }) as number;
  return `${row?.written ?? 0}:${other}`;
}
