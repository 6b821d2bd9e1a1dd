// Checks a map file's schema (tables, indexes, triggers, views) against the one our own migrations make, so a crafted
// file cannot carry a trigger that undoes a delete or a hidden table that copies every edit.
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { applyMigrations } from './migrate';
import { distrustSchema, type SqliteDatabase } from './sql-connection';
import { unexpectedSchemaError } from './store-errors';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** SQLite's own statistics tables (ANALYZE, PRAGMA optimize) hold numbers for the planner, never code: allowed. */
const READ_SCHEMA =
  "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT (type = 'table' AND name LIKE 'sqlite_stat%')";

/** One line per schema object; whitespace runs made one so the comparison is about meaning, not layout. */
function describeRow(row: SchemaRow): string {
  return [row.type, row.name, row.tbl_name, (row.sql ?? '').replace(/\s+/g, ' ').trim()].join('\u0000');
}

function readSchema(db: SqliteDatabase): SchemaRow[] {
  return db.prepare(READ_SCHEMA).all() as SchemaRow[];
}

const expectedByCount = new Map<number, Map<string, SchemaRow>>();

/**
 * The schema a map has after its first `count` migrations, made by running those migrations on an empty in-memory
 * database: derived from the code, never a hand-kept list, so a new migration is covered the day it is added.
 */
export function expectedSchema(count: number, available: readonly Migration[] = MIGRATIONS): Map<string, SchemaRow> {
  const cached = available === MIGRATIONS ? expectedByCount.get(count) : undefined;
  if (cached) return cached;
  const db = distrustSchema(new Database(':memory:'));
  try {
    applyMigrations(db, ':memory:', available.slice(0, count));
    const rows = new Map(readSchema(db).map((row) => [describeRow(row), row]));
    if (available === MIGRATIONS) expectedByCount.set(count, rows);
    return rows;
  } finally {
    db.close();
  }
}

/** What a person can recognise: "a trigger “x”", "a table “y”". */
function describeObject(row: SchemaRow): string {
  return `${/^[aeiou]/.test(row.type) ? 'an' : 'a'} ${row.type} “${row.name}”`;
}

/**
 * Throws 'unexpected-schema' when `db` (a map that says it has `appliedCount` of our migrations) has any table, index,
 * trigger or view our migrations do not make, or lacks or changed one they do.
 */
export function checkSchema(db: SqliteDatabase, file: string, appliedCount: number): void {
  const expected = expectedSchema(appliedCount);
  const found = readSchema(db);
  const foundKeys = new Set(found.map(describeRow));
  const extra = found.find((row) => !expected.has(describeRow(row)));
  if (extra) throw unexpectedSchemaError(file, describeObject(extra));
  for (const [key, row] of expected) {
    if (!foundKeys.has(key)) throw unexpectedSchemaError(file, `a changed or missing ${row.type} “${row.name}”`);
  }
}
