// What the History panel does: save, list, rename, delete and restore snapshots through the API, and put a snapshot
// or a comparison on the canvas (read-only) and back to now.
import { api } from '../api/client';
import { unpackCanvasDocument } from '../../../shared/canvas-pack';
import type { CanvasDocument } from '../../../shared/canvas-records';
import { compareView, countChanges, diffMaps, type MapState, type SnapshotId } from '../../../shared/history';
import { describeError } from '../state/describe-error';
import { wholeDocument } from '../analysis/current-document';
import { fillDetails } from '../state/details-store';
import { loadDocument, useDocumentStore } from '../state/document-store';
import { runFieldEdit } from '../state/edits';
import { rebuildFlow } from '../state/flow-store';
import { announce, showError } from '../state/session-store';
import { leaveView, useHistoryStore } from '../state/history-store';

const NO_UNDO = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

async function attempt<T>(action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    showError(describeError(error));
    return null;
  }
}

export async function refreshSnapshots(): Promise<void> {
  const list = await attempt(() => api['snapshots.list']({}));
  if (list) useHistoryStore.setState({ snapshots: list });
}

export async function saveSnapshot(name: string): Promise<boolean> {
  const saved = await attempt(() => api['snapshots.save']({ name }));
  if (!saved) return false;
  await refreshSnapshots();
  announce(`Saved the snapshot “${saved.name}” (${saved.actorCount} actors, ${saved.tieCount} ties).`);
  return true;
}

export async function renameSnapshot(id: SnapshotId, name: string): Promise<boolean> {
  const renamed = await attempt(() => api['snapshots.rename']({ id, name }));
  if (!renamed) return false;
  await refreshSnapshots();
  announce(`Renamed the snapshot to “${renamed.name}”.`);
  return true;
}

export async function deleteSnapshot(id: SnapshotId, name: string): Promise<void> {
  const list = await attempt(() => api['snapshots.delete']({ id }));
  if (!list) return;
  useHistoryStore.setState({ snapshots: list });
  announce(`Deleted the snapshot “${name}”.`);
}

/** Puts a state of the map on the canvas in place of now; the map itself is untouched. */
function showState(state: MapState): void {
  const info = useDocumentStore.getState().info;
  if (!info) return;
  loadDocument({ info, ...state, history: NO_UNDO });
  // A snapshot comes whole: its details are in hand, so the inspector shows the past without asking main.
  fillDetails(state.actors, state.ties);
  rebuildFlow();
}

/** The map as it is now, from the server (the canvas may be showing a snapshot). */
async function now(): Promise<CanvasDocument | null> {
  return attempt(async () => {
    const payload = await api['map.current']({});
    if (!payload) throw new Error('no map is open');
    return unpackCanvasDocument(payload);
  });
}

/**
 * The map as it is now, whole (a comparison looks at every field): the window's own records and their details unless
 * the canvas shows the past, then main's.
 */
async function nowState(): Promise<MapState | null> {
  if (!useHistoryStore.getState().view) return attempt(async () => wholeDocument());
  const slim = await now();
  if (!slim) return null;
  return attempt(async () => {
    const whole = await api['records.details']({ allActors: true, allTies: true });
    return { ...slim, ...whole };
  });
}

export async function backToNow(): Promise<void> {
  const doc = await now();
  leaveView();
  if (!doc) return;
  loadDocument(doc);
  rebuildFlow();
  announce('Back to the map as it is now.');
}

export async function openSnapshot(id: SnapshotId): Promise<void> {
  const snapshot = await attempt(() => api['snapshots.open']({ id }));
  const path = useDocumentStore.getState().info?.path;
  if (!snapshot || !path) return;
  showState(snapshot.content);
  useHistoryStore.setState({ view: { mode: 'snapshot', path, name: snapshot.name }, marks: new Map() });
  announce(`Showing the snapshot “${snapshot.name}”. It cannot be changed; “Back to now” returns to the map.`);
}

function showComparison(before: MapState, after: MapState, beforeName: string, afterName: string): void {
  const path = useDocumentStore.getState().info?.path;
  if (!path) return;
  const diff = diffMaps(before, after);
  const marks = new Map<string, 'added' | 'removed' | 'changed'>();
  for (const change of [...diff.actors, ...diff.ties]) marks.set(change.id, change.change);
  // Marks first: the nodes rebuilt next render with them already in place.
  useHistoryStore.setState({ view: { mode: 'compare', path, beforeName, afterName, diff }, marks });
  showState(compareView(before, after));
  const counts = countChanges(diff.actors);
  const actors = `${counts.added} ${counts.added === 1 ? 'actor' : 'actors'}`;
  announce(
    `Comparing “${beforeName}” with ${afterName === 'now' ? 'now' : `“${afterName}”`}: ${actors} added, ${counts.removed} removed, ${counts.changed} changed.`,
  );
}

export async function compareWithNow(id: SnapshotId): Promise<void> {
  const [snapshot, current] = await Promise.all([attempt(() => api['snapshots.open']({ id })), nowState()]);
  if (!snapshot || !current) return;
  showComparison(snapshot.content, current, snapshot.name, 'now');
}

/** Earlier first, whichever order they were picked in: a comparison reads as "what grew since". */
export async function compareTwo(a: SnapshotId, b: SnapshotId): Promise<void> {
  const [one, two] = await Promise.all([
    attempt(() => api['snapshots.open']({ id: a })),
    attempt(() => api['snapshots.open']({ id: b })),
  ]);
  if (!one || !two) return;
  const [before, after] = one.createdAt <= two.createdAt ? [one, two] : [two, one];
  showComparison(before.content, after.content, before.name, after.name);
}

export async function restoreSnapshot(id: SnapshotId, name: string): Promise<void> {
  if (useHistoryStore.getState().view) await backToNow();
  // Through the edit queue, so it lands in order with edits asked for just before it.
  const result = await attempt(() => runFieldEdit(() => api['snapshots.restore']({ id })));
  if (!result) return;
  announce(`Restored the snapshot “${name}”. Undo takes the map back to how it was just before.`);
}
