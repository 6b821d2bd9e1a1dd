// Runs one edit as one transaction: check, write the records, record the undo step, report what changed.
import type { EditResult } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { currentCallMeta } from '../api/call-context';
import type { MapStore, Patch } from '../store';
import { composePatches } from './compose-patches';
import { changesToReach, emptyChanges, isEmptyPatch, toChangeSet, withoutUnchanged } from './patch';
import { deletedElsewhere, refuseStaleEdit } from './stale-edits';

export interface PlannedEdit {
  /** For the Edit menu: "Undo Move 3 actors". */
  label: string;
  patch: Patch;
  /** A later edit joining with this key becomes part of this undo step (history policy: README "Undo history"). */
  mergeKey?: string;
  /** Join the newest step if it was recorded with this key; `label` then names the whole step. */
  join?: { key: string; label?: string };
}

/** Who is editing: a joined device's participant id, null for the facilitator's own views on the laptop. */
export function currentAuthor(): string | null {
  return currentCallMeta().participant?.id ?? null;
}

/** The plan, with "no longer in the map" told as "deleted elsewhere" to a view that knew the record. */
function planFor(plan: () => PlannedEdit, base: number | undefined): PlannedEdit {
  try {
    return plan();
  } catch (error) {
    if (base !== undefined && error instanceof CaremapError && error.code === 'not-found' && isRecordLookup(error))
      throw deletedElsewhere(error);
    throw error;
  }
}

function isRecordLookup(error: CaremapError): boolean {
  return ['id', 'ids', 'tieIds', 'actorIds'].includes(error.where?.field ?? '');
}

/**
 * `plan` reads the store and may throw a CaremapError; because it runs inside the transaction, a refusal (or any
 * failure while writing) leaves the map and its history exactly as they were. A call that says which version of the
 * map it was made on (CallMeta.baseVersion) is refused if it would overwrite a field changed since (stale-edits.ts).
 */
export function runEdit(store: MapStore, plan: () => PlannedEdit): EditResult {
  const meta = currentCallMeta();
  const author = meta.participant?.id ?? null;
  return store.transaction(() => {
    const edit = planFor(plan, meta.baseVersion);
    const patch = withoutUnchanged(edit.patch);
    if (isEmptyPatch(patch)) return { changes: emptyChanges(), history: store.history.state(author) };
    if (meta.baseVersion !== undefined) refuseStaleEdit(store, patch, meta.baseVersion, !meta.participant);
    const changes = changesToReach(patch, 'after');
    // The plan read `before` in this transaction: the store need not read those records again to version them.
    store.applyChanges(changes, patch.before);
    const joined = edit.join ? store.history.joinable(edit.join.key, author) : null;
    if (joined) {
      const merged = withoutUnchanged(composePatches(joined.patch, patch));
      store.history.replaceLast(
        joined.seq,
        edit.join?.label ?? edit.label,
        isEmptyPatch(merged) ? null : merged,
        edit.mergeKey,
      );
    } else {
      store.history.record(edit.label, patch, edit.mergeKey, author);
    }
    return { changes: toChangeSet(changes, () => store.taxonomy()), history: store.history.state(author) };
  });
}
