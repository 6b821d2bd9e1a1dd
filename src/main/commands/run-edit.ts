// Runs one edit as one transaction: check, write the records, record the undo step, report what changed.
import type { EditResult } from '../../shared/domain';
import type { MapStore, Patch } from '../store';
import { changesToReach, emptyChanges, isEmptyPatch, toChangeSet, withoutUnchanged } from './patch';

export interface PlannedEdit {
  /** For the Edit menu: "Undo Move 3 actors". */
  label: string;
  patch: Patch;
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
    store.history.record(edit.label, patch);
    return { changes: toChangeSet(changes, () => store.taxonomy()), history: store.history.state() };
  });
}
