// SQL for the map's taxonomy (kinds of actor, types of tie) and its metadata row.
import type { Kind, KindId, TieType, TieTypeId } from '../../shared/domain';
import { kindFromRow, kindToRow, tieTypeFromRow, tieTypeToRow } from './row-mapping';
import type { DbKind, DbMapMeta, DbTieType } from './row-types';
import type { Connection } from './sql-connection';

export function listKinds(conn: Connection): Kind[] {
  return conn.all<DbKind>('SELECT * FROM kinds ORDER BY sort_order, name').map(kindFromRow);
}

export function kindById(conn: Connection, id: KindId): Kind | undefined {
  const row = conn.get<DbKind>('SELECT * FROM kinds WHERE id = ?', id);
  return row ? kindFromRow(row) : undefined;
}

export function insertKinds(conn: Connection, kinds: readonly Kind[]): void {
  for (const kind of kinds) {
    const row = kindToRow(kind);
    conn.run(
      'INSERT INTO kinds (id, name, colour, shape, sort_order) VALUES (?, ?, ?, ?, ?)',
      row.id,
      row.name,
      row.colour,
      row.shape,
      row.sort_order,
    );
  }
}

export function listTieTypes(conn: Connection): TieType[] {
  return conn.all<DbTieType>('SELECT * FROM tie_types ORDER BY sort_order, name').map(tieTypeFromRow);
}

export function tieTypeById(conn: Connection, id: TieTypeId): TieType | undefined {
  const row = conn.get<DbTieType>('SELECT * FROM tie_types WHERE id = ?', id);
  return row ? tieTypeFromRow(row) : undefined;
}

export function insertTieTypes(conn: Connection, tieTypes: readonly TieType[]): void {
  for (const tieType of tieTypes) {
    const row = tieTypeToRow(tieType);
    conn.run('INSERT INTO tie_types (id, name, colour, sort_order) VALUES (?, ?, ?, ?)', row.id, row.name, row.colour, row.sort_order);
  }
}

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
