// SQL for actors: list, look up many at once, upsert and delete.
import type { Actor, ActorId } from '../../shared/domain';
import { actorFromRow, actorToRow } from './row-mapping';
import type { DbActor } from './row-types';
import type { Connection } from './sql-connection';

// json_each takes any number of ids in one bound parameter, so there is no host-parameter limit to hit.
const BY_IDS = 'SELECT * FROM actors WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid';

export function listActors(conn: Connection): Actor[] {
  return conn.all<DbActor>('SELECT * FROM actors ORDER BY rowid').map(actorFromRow);
}

export function actorsByIds(conn: Connection, ids: readonly ActorId[]): Actor[] {
  if (ids.length === 0) return [];
  return conn.all<DbActor>(BY_IDS, JSON.stringify(ids)).map(actorFromRow);
}

export function countActors(conn: Connection): number {
  return conn.get<{ n: number }>('SELECT count(*) AS n FROM actors')?.n ?? 0;
}

/** Insert or update in place; never delete-and-insert, which would trip the ties' foreign keys. */
export function upsertActors(conn: Connection, actors: readonly Actor[]): void {
  for (const actor of actors) {
    const row = actorToRow(actor);
    conn.run(
      `INSERT INTO actors (id, name, kind_id, x, y) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind_id = excluded.kind_id, x = excluded.x, y = excluded.y`,
      row.id,
      row.name,
      row.kind_id,
      row.x,
      row.y,
    );
  }
}

export function deleteActors(conn: Connection, ids: readonly ActorId[]): void {
  if (ids.length === 0) return;
  conn.run('DELETE FROM actors WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
}
