// Joins two consecutive edits' patches into one undo step (history merging: arrow-key nudges, naming a new actor).
import { RECORD_COLLECTIONS, type Patch, type RecordCollection, type RecordSet } from '../store';

type Entry = { id: string };

/**
 * The patch that takes the map from before `first` to after `second` in one step. `before` keeps every record as it
 * was before the first edit (a record the second edit touched for the first time is added as it was then, unless the
 * first edit created it); `after` is the first edit's result with the second's written over it, minus what the
 * second removed.
 */
export function composePatches(first: Patch, second: Patch): Patch {
  const before = {} as Record<RecordCollection, Entry[]>;
  const after = {} as Record<RecordCollection, Entry[]>;
  for (const k of RECORD_COLLECTIONS) {
    const firstBefore = first.before[k] as Entry[];
    const firstAfter = first.after[k] as Entry[];
    const seen = new Set([...firstBefore, ...firstAfter].map((r) => r.id));
    before[k] = [...firstBefore, ...(second.before[k] as Entry[]).filter((r) => !seen.has(r.id))];
    const result = new Map(firstAfter.map((r) => [r.id, r]));
    for (const r of second.before[k] as Entry[]) result.delete(r.id);
    for (const r of second.after[k] as Entry[]) result.set(r.id, r);
    after[k] = [...result.values()];
  }
  return { before: before as unknown as RecordSet, after: after as unknown as RecordSet };
}
