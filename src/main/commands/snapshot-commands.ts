// Snapshots of the map: saving one (not an edit, so not an undo step) and restoring one (an edit: one undo step).
import type { EditResult } from '../../shared/domain';
import { defaultSnapshotName, type MapState, type SnapshotId, type SnapshotInfo } from '../../shared/history';
import type { MapStore } from '../store';
import { quotedName } from './labels';
import { runEdit } from './run-edit';

/** The map's content now: what a snapshot keeps and what a restore replaces. */
export function currentState(store: MapStore): MapState {
  return { ...store.taxonomy(), actors: store.actors(), ties: store.ties() };
}

export function saveSnapshot(
  store: MapStore,
  input: { name?: string | undefined },
  now: Date = new Date(),
): SnapshotInfo {
  return store.transaction(() =>
    store.snapshots.save(input.name || defaultSnapshotName(now), currentState(store), now),
  );
}

/**
 * Replaces the map's actors, ties and taxonomy with the snapshot's, as one undo step: its patch holds everything
 * now (before) and everything in the snapshot (after); records the same on both sides are dropped by runEdit, so
 * restoring a snapshot that matches the map writes nothing.
 */
export function restoreSnapshot(store: MapStore, input: { id: SnapshotId }): EditResult {
  return runEdit(store, () => {
    const snapshot = store.snapshots.get(input.id);
    return {
      label: `Restore snapshot ${quotedName(snapshot.name)}`,
      patch: { before: currentState(store), after: snapshot.content },
    };
  });
}
