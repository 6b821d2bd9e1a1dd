// Undo and redo: write one side of the recorded patch back, in the same transaction as moving the history marker.
import type { EditResult } from '../../shared/domain';
import type { MapStore } from '../store';
import { changesToReach, emptyChanges, toChangeSet } from './patch';

/** Takes back the latest done step; with nothing to undo it changes nothing (a stray Ctrl+Z is harmless). */
export function undo(store: MapStore): EditResult {
  return store.transaction(() => {
    const entry = store.history.lastDone();
    if (!entry) return { changes: emptyChanges(), history: store.history.state() };
    const changes = changesToReach(entry.patch, 'before');
    store.applyChanges(changes);
    store.history.markUndone(entry.seq, true);
    return { changes: toChangeSet(changes, () => store.taxonomy()), history: store.history.state() };
  });
}

/** Does again the earliest undone step. */
export function redo(store: MapStore): EditResult {
  return store.transaction(() => {
    const entry = store.history.firstUndone();
    if (!entry) return { changes: emptyChanges(), history: store.history.state() };
    const changes = changesToReach(entry.patch, 'after');
    store.applyChanges(changes);
    store.history.markUndone(entry.seq, false);
    return { changes: toChangeSet(changes, () => store.taxonomy()), history: store.history.state() };
  });
}
