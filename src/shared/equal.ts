// Equality of JSON-like records by content: the one comparison for "did this record change?" everywhere.
//
// Records read back from SQLite, a snapshot or a spreadsheet hold the same fields in different key orders, so
// comparing their JSON text calls unchanged records changed. A key holding `undefined` counts as missing, as it
// does once the record is stored (JSON drops it). Arrays compare in order; callers whose lists are sets sort first.

type Obj = Record<string, unknown>;

/** Own keys whose value is not undefined. */
function definedKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameContent(x, b[i]));
  }
  const ao = a as Obj;
  const bo = b as Obj;
  const keys = definedKeys(ao);
  if (keys.length !== definedKeys(bo).length) return false;
  return keys.every((k) => Object.hasOwn(bo, k) && sameContent(ao[k], bo[k]));
}
