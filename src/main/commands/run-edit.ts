// Runs one edit as one transaction: check, write the records, record the undo step, report what changed.
import type { EditResult } from '../../shared/domain';
import type { MapStore, Patch } from '../store';
import { composePatches } from './compose-patches';
import { changesToReach, emptyChanges, isEmptyPatch, toChangeSet, withoutUnchanged } from './patch';

export interface PlannedEdit {
  /** For the Edit menu: "Undo Move 3 actors". */
  label: string;
  patch: Patch;
  /** A later edit joining with this key becomes part of this undo step (history policy: README "Undo history"). */
  mergeKey?: string;
  /** Join the newest step if it was recorded with this key; `label` then names the whole step. */
  join?: { key: string; label?: string };
}

/**
 * `plan` reads the store and may throw a CaremapError; because it runs inside the transaction, a refusal (or any
 * failure while writing) leaves the map and its history exactly as they were.
 */
export function runEdit(store: MapStore, plan: () => PlannedEdit): EditResult {
  return store.transaction(() => {
    const edit = plan();
    const patch = withoutUnchanged(edit.patch);
    if (isEmptyPatch(patch)) return { changes: emptyChanges(), history: store.history.state() };
    const changes = changesToReach(patch, 'after');
    store.applyChanges(changes);
    const joined = edit.join ? store.history.joinable(edit.join.key) : null;
    if (joined) {
      const merged = withoutUnchanged(composePatches(joined.patch, patch));
      store.history.replaceLast(
        joined.seq,
        edit.join?.label ?? edit.label,
        isEmptyPatch(merged) ? null : merged,
        edit.mergeKey,
      );
    } else {
      store.history.record(edit.label, patch, edit.mergeKey);
    }
    return { changes: toChangeSet(changes, () => store.taxonomy()), history: store.history.state() };
  });
}
