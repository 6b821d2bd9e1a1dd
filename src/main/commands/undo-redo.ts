// Undo and redo, per person: write one side of the caller's own step back (as far as others' later edits allow), in
// the same transaction as moving the history marker.
import type { EditResult } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { HistoryEntry, MapStore } from '../store';
import { emptyChanges, toChangeSet, type PatchSide } from './patch';
import { currentAuthor } from './run-edit';
import { isEmptyChanges, reachSide, type Reach } from './undo-merge';

/** SQLite refused the write: something another person added since depends on what the step would remove. */
function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function write(store: MapStore, reach: Reach, entry: HistoryEntry, verb: 'Undo' | 'Redo'): void {
  if (isEmptyChanges(reach.changes)) return;
  try {
    store.applyChanges(reach.changes, reach.now);
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    throw new CaremapError(
      'stale-edit',
      `${verb} could not take back ${entry.label}: someone has since added to what it changed (a tie, or an actor of that kind). Nothing was changed; change it by hand if you still need to.`,
    );
  }
}

function step(store: MapStore, side: PatchSide): EditResult {
  const author = currentAuthor();
  return store.transaction(() => {
    const entry = side === 'before' ? store.history.lastDone(author) : store.history.firstUndone(author);
    if (!entry) return { changes: emptyChanges(), history: store.history.state(author) };
    const reach = reachSide(store, entry.patch, side);
    const { changes, kept } = reach;
    write(store, reach, entry, side === 'before' ? 'Undo' : 'Redo');
    store.history.markUndone(entry.seq, side === 'before');
    const result: EditResult = {
      changes: isEmptyChanges(changes) ? emptyChanges() : toChangeSet(changes, () => store.taxonomy()),
      history: store.history.state(author),
    };
    if (kept > 0)
      result.note = `${side === 'before' ? 'Undone' : 'Redone'}: ${entry.label} — except what someone else has changed since, which stays as they left it.`;
    return result;
  });
}

/** Takes back the caller's own latest done step; with nothing to undo it changes nothing (a stray Ctrl+Z is harmless). */
export function undo(store: MapStore): EditResult {
  return step(store, 'before');
}

/** Does again the caller's own earliest undone step. */
export function redo(store: MapStore): EditResult {
  return step(store, 'after');
}
