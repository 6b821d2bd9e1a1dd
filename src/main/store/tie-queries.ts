// SQL for ties: list, look up by id, by the actors they join or by their type or status, upsert and delete.
import type { ActorId, CustomFieldId, Tie, TieId, TieStatusId, TieTypeId } from '../../shared/domain';
import { tieFromRow, tieToRow } from './row-mapping';
import type { DbTie } from './row-types';
import { columnsOf, rowWriter } from './row-writer';
import type { Connection } from './sql-connection';

const TIE_COLUMNS = columnsOf<DbTie>()([
  'id',
  'from_actor_id',
  'to_actor_id',
  'tie_type_id',
  'direction',
  'strength',
  'status_id',
  'since',
  'notes',
  'custom_values_json',
  'source',
  'source_label',
  'source_sheet',
  'source_row',
  'recorded_on',
  'certainty',
]);
const tieWriter = rowWriter<DbTie>('ties', TIE_COLUMNS, { versioned: true });

export function listTies(conn: Connection): Tie[] {
  return conn.all<DbTie>('SELECT * FROM ties ORDER BY rowid').map(tieFromRow);
}

export function tiesByIds(conn: Connection, ids: readonly TieId[]): Tie[] {
  if (ids.length === 0) return [];
  return conn
    .all<DbTie>('SELECT * FROM ties WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid', JSON.stringify(ids))
    .map(tieFromRow);
}

/**
 * Ties with either end on one of the actors (two JSON arrays of ids): each side is an index search, the first through
 * the ordered-pair index, whose first column is the tie's first actor (tests/unit/store/tie-indexes.test.ts).
 */
export const TIES_TOUCHING_SQL = `SELECT * FROM ties WHERE from_actor_id IN (SELECT value FROM json_each(?))
  OR to_actor_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`;

/** Every tie with either end on one of these actors (what must go when they go). */
export function tiesTouching(conn: Connection, actorIds: readonly ActorId[]): Tie[] {
  if (actorIds.length === 0) return [];
  return conn.all<DbTie>(TIES_TOUCHING_SQL, JSON.stringify(actorIds), JSON.stringify(actorIds)).map(tieFromRow);
}

export function tiesOfType(conn: Connection, tieTypeId: TieTypeId): Tie[] {
  return conn.all<DbTie>('SELECT * FROM ties WHERE tie_type_id = ? ORDER BY rowid', tieTypeId).map(tieFromRow);
}

export function tiesWithStatus(conn: Connection, statusId: TieStatusId): Tie[] {
  return conn.all<DbTie>('SELECT * FROM ties WHERE status_id = ? ORDER BY rowid', statusId).map(tieFromRow);
}

/** Ties holding a value of this (tie) field. */
export function tiesWithField(conn: Connection, fieldId: CustomFieldId): Tie[] {
  return conn
    .all<DbTie>(
      'SELECT * FROM ties WHERE EXISTS (SELECT 1 FROM json_each(custom_values_json) WHERE key = ?) ORDER BY rowid',
      fieldId,
    )
    .map(tieFromRow);
}

/** Exported so a test can hold the query plan to index lookups. */
export const TIES_BETWEEN_SQL = `SELECT * FROM ties WHERE rowid IN (
         SELECT rowid FROM ties WHERE from_actor_id = ? AND to_actor_id = ? AND ifnull(tie_type_id, '') = ?
         UNION ALL
         SELECT rowid FROM ties WHERE from_actor_id = ? AND to_actor_id = ? AND ifnull(tie_type_id, '') = ? AND ? <> ?
       ) ORDER BY rowid`;

/**
 * The ties of this type between these two actors, whichever way round they were drawn (at most two one-way ties).
 * Written as two lookups on the unique index (from, to, ifnull(type, '')), so it costs the same at any size: with
 * `tie_type_id IS NULL` SQLite chose the index on type, which walked every tie without a type (O(n) per new tie).
 */
export function tiesBetween(conn: Connection, a: ActorId, b: ActorId, tieTypeId: TieTypeId | null): Tie[] {
  const type = tieTypeId ?? '';
  return conn.all<DbTie>(TIES_BETWEEN_SQL, a, b, type, b, a, type, a, b).map(tieFromRow);
}

export function countTies(conn: Connection): number {
  return conn.get<{ n: number }>('SELECT count(*) AS n FROM ties')?.n ?? 0;
}

/** Returns the ids that went in by a plain INSERT (with `versionOf`'s version), null for a small batch. */
export function upsertTies(
  conn: Connection,
  ties: readonly Tie[],
  versionOf?: (id: string) => number,
): ReadonlySet<string> | null {
  return tieWriter.upsertMany(conn, ties.map(tieToRow), versionOf);
}

export function deleteTies(conn: Connection, ids: readonly TieId[]): void {
  if (ids.length === 0) return;
  conn.run('DELETE FROM ties WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
}
