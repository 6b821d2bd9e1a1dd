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

export interface RowWriter<Row extends { id: string }> {
  /** Insert or update in place by id; never delete-and-insert, which would trip the foreign keys pointing at it. */
  upsert(conn: Connection, row: Row): void;
  /**
   * The same for many rows: those whose id is not in the table yet go in by a plain INSERT. SQLite's upsert checks
   * every unique index before inserting, which made 60,000 new ties cost 2.5 s of CPU instead of 1.5 (an import).
   * Returns the ids that were new (null for a batch too small to look them up), so their links need no clearing.
   * For a versioned table (actors, ties: migration 010), `versionOf` gives the version each new row goes in with, so
   * a big import need not UPDATE 80,000 fresh rows a second time to stamp them (record-versions.ts); without it, 0.
   */
  upsertMany(conn: Connection, rows: readonly Row[], versionOf?: (id: string) => number): ReadonlySet<string> | null;
}

/** Below this many rows one lookup of the ids already there costs more than the plain inserts save. */
const BATCH = 50;

export function rowWriter<Row extends { id: string }>(
  table: string,
  columns: readonly (keyof Row & string)[],
  options: { versioned?: boolean } = {},
): RowWriter<Row> {
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updates}`;
  // A versioned table's plain INSERT also writes the row's version (its field versions stay the default '{}').
  const inserted = options.versioned ? [...columns, 'version'] : columns;
  const insert = `INSERT INTO ${table} (${inserted.join(', ')}) VALUES (${inserted.map(() => '?').join(', ')})`;
  const insertValues = (row: Row, versionOf?: (id: string) => number) => {
    const values: unknown[] = columns.map((c) => row[c]);
    if (options.versioned) values.push(versionOf?.(row.id) ?? 0);
    return values;
  };
  const present = `SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`;
  const upsert = (conn: Connection, row: Row) => void conn.run(sql, ...columns.map((c) => row[c]));
  return {
    upsert,
    upsertMany(conn, rows, versionOf) {
      if (rows.length < BATCH) {
        for (const row of rows) upsert(conn, row);
        return null;
      }
      const ids = rows.map((row) => row.id);
      const there = new Set(conn.all<{ id: string }>(present, JSON.stringify(ids)).map((r) => r.id));
      const added = new Set<string>();
      // Ids repeated within the batch: the second is an update of the first.
      for (const row of rows) {
        if (there.has(row.id)) {
          upsert(conn, row);
          // Written twice in this batch: its links are written twice too, so they must be cleared in between.
          added.delete(row.id);
        } else {
          conn.run(insert, ...insertValues(row, versionOf));
          there.add(row.id);
          added.add(row.id);
        }
      }
      return added;
    },
  };
}
