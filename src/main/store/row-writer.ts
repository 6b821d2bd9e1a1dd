// Builds one upsert statement per table from its column list, so every record table is written the same way.
import type { Connection } from './sql-connection';

/**
 * The full column list of a row type; fails to compile if a column is missing, so a new column cannot be silently
 * left out of the upsert.
 */
export function columnsOf<Row>() {
  return <const C extends readonly (keyof Row & string)[]>(
    columns: C & (Exclude<keyof Row, C[number]> extends never ? unknown : { missing: Exclude<keyof Row, C[number]> }),
  ): C => columns;
}

export interface RowWriter<Row> {
  /** Insert or update in place by id; never delete-and-insert, which would trip the foreign keys pointing at it. */
  upsert(conn: Connection, row: Row): void;
}

export function rowWriter<Row>(table: string, columns: readonly (keyof Row & string)[]): RowWriter<Row> {
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updates}`;
  return { upsert: (conn, row) => void conn.run(sql, ...columns.map((c) => row[c])) };
}
