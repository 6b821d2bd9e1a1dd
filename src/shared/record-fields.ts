// A record's fields as named paths ("name", "contact.email", "customValues.f3"): which fields two versions of a
// record differ in, and reading or setting one. The unit of merging for stale edits and per-person undo (issue 16).
import { sameContent } from './equal';

type Obj = Record<string, unknown>;

function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Nested objects (contact, provenance, custom values) count field by field, one level down, so two people filling in
 * different custom fields or a phone and an email do not clash; lists (tags, care offers) count whole.
 */
function nestedFields(key: string, a: unknown, b: unknown): string[] | null {
  if (!isPlainObject(a) && !isPlainObject(b)) return null;
  const ao = isPlainObject(a) ? a : {};
  const bo = isPlainObject(b) ? b : {};
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  return [...keys].filter((k) => !sameContent(ao[k], bo[k])).map((k) => `${key}.${k}`);
}

/** The fields (paths) in which `a` and `b` differ; `id` is the record's identity, never a field. */
export function changedFields(a: object, b: object): string[] {
  const ao = a as Obj;
  const bo = b as Obj;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  keys.delete('id');
  const changed: string[] = [];
  for (const key of keys) {
    if (sameContent(ao[key], bo[key])) continue;
    changed.push(...(nestedFields(key, ao[key], bo[key]) ?? [key]));
  }
  return changed;
}

/** The value at a field path (undefined when absent). */
export function fieldValue(record: object, path: string): unknown {
  const [key, sub] = path.split('.', 2) as [string, string | undefined];
  const value = (record as Obj)[key];
  if (sub === undefined) return value;
  return isPlainObject(value) ? value[sub] : undefined;
}

/** A copy of `record` with the field at `path` set to `value` (undefined removes a nested key). */
export function withFieldValue<T extends object>(record: T, path: string, value: unknown): T {
  const [key, sub] = path.split('.', 2) as [string, string | undefined];
  if (sub === undefined) return { ...record, [key]: value };
  const inner = (record as Obj)[key];
  const next: Obj = { ...(isPlainObject(inner) ? inner : {}) };
  if (value === undefined) delete next[sub];
  else next[sub] = value;
  return { ...record, [key]: next };
}
