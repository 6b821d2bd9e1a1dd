// When each actor and tie (and each of its fields) last changed, as values of the file's change counter: written with
// every change set, read to tell a stale edit from a mergeable one (migration 010, docs/architecture.md).
import { changedFields } from '../../shared/record-fields';
import type { Connection } from './sql-connection';

export type VersionedTable = 'actors' | 'ties';

export interface RecordVersion {
  /** The change count of the last write that changed the record (0: not changed since migration 010). */
  version: number;
  /** Per field path, the change count of the write that last changed it; a field not listed is as old as the record's making. */
  fields: Record<string, number>;
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

function parseFields(json: string): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]),
      ),
    );
  } catch {
    return {};
  }
}

export function readVersions(
  conn: Connection,
  table: VersionedTable,
  ids: readonly string[],
): Map<string, RecordVersion> {
  if (ids.length === 0) return new Map();
  const rows = conn.all<{ id: string; version: number; field_versions_json: string }>(
    `SELECT id, version, field_versions_json FROM ${table} WHERE id ${IN_IDS}`,
    JSON.stringify(ids),
  );
  return new Map(rows.map((r) => [r.id, { version: r.version, fields: parseFields(r.field_versions_json) }]));
}

/**
 * After records were written at change count `count`: a record new to the map gets `count` and no field versions;
 * one that was there (`before`) gets `count` on itself and on each field that differs, and keeps it when none does.
 * `inserted`: ids the write put in by a plain INSERT that already carried the version (row-writer.ts), skipped here.
 */
export function stampVersions(
  conn: Connection,
  table: VersionedTable,
  before: ReadonlyMap<string, object>,
  written: readonly { id: string }[],
  count: number,
  inserted: ReadonlySet<string> | null = null,
): void {
  const fresh = written.filter((r) => !before.has(r.id) && !inserted?.has(r.id)).map((r) => r.id);
  if (fresh.length > 0)
    conn.run(
      `UPDATE ${table} SET version = ?, field_versions_json = '{}' WHERE id ${IN_IDS}`,
      count,
      JSON.stringify(fresh),
    );
  const changed = written
    .map((r) => ({ id: r.id, fields: before.has(r.id) ? changedFields(before.get(r.id)!, r) : [] }))
    .filter((c) => c.fields.length > 0);
  if (changed.length === 0) return;
  const versions = readVersions(
    conn,
    table,
    changed.map((c) => c.id),
  );
  for (const { id, fields } of changed) {
    const known = versions.get(id)?.fields ?? {};
    for (const field of fields) known[field] = count;
    conn.run(`UPDATE ${table} SET version = ?, field_versions_json = ? WHERE id = ?`, count, JSON.stringify(known), id);
  }
}
