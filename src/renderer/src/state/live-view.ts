// This view's side of the change stream: applies every change set once and in order, and notices when another
// window or tab switched or closed the map this one shows.
import { create } from 'zustand';
import { api, setViewedMap, viewId } from '../api/client';
import { setViewedVersion } from '../api/edit-base';
import { unpackCanvasDocument } from '../../../shared/canvas-pack';
import type { CanvasDocument } from '../../../shared/canvas-records';
import type { ChangeSet, EditResult, HistoryState, LiveMark } from '../../../shared/domain';
import type { MapChangedEvent, MapSwitchedEvent, StreamHelloEvent } from '../../../shared/live-map';
import { ChangeSequencer } from './change-sequencer';
import { applyChangeSet, loadDocument } from './document-store';
import { applyChangeSetToFlow, rebuildFlow, selectOnly } from './flow-store';

interface Pending {
  changes: ChangeSet;
  history: HistoryState;
  selectNew: boolean;
  /** The map's version once this change set is applied (absent from a main older than issue 16). */
  version: number | undefined;
}

/** The sentence shown while this view's map is no longer the one open; null while all is in step. */
export const useElsewhereStore = create<{ notice: string | null }>()(() => ({ notice: null }));

const sequencer = new ChangeSequencer<Pending>(({ changes, history, selectNew, version }) => {
  applyChangeSet(changes, history);
  applyChangeSetToFlow(changes, selectNew);
  // Applied in sequence, so the view now shows the map as of this version: its next edits are based on it.
  if (version !== undefined) setViewedVersion(version);
});

/** A change set that waits longer than this for an earlier one means the stream lost it: reload the map whole. */
const GAP_WAIT_MS = 800;
let gapTimer: ReturnType<typeof setTimeout> | null = null;

function watchForGap(): void {
  if (gapTimer !== null) return;
  gapTimer = setTimeout(() => {
    gapTimer = null;
    if (sequencer.waiting) void resync();
  }, GAP_WAIT_MS);
}

/** A whole map was loaded (opened, followed, reloaded): the view now stands where its document says. */
export function noteLoaded(doc: CanvasDocument | null): void {
  sequencer.reset(doc?.live ?? null);
  setViewedMap(doc?.live?.mapId);
  setViewedVersion(doc?.live?.version);
  useElsewhereStore.setState({ notice: null });
}

/** Where this view stands in the stream (for tests and the bench through the page). */
export function viewMark(): LiveMark | null {
  return sequencer.mark;
}

/** Why edits are refused here right now, or null. */
export function elsewhereReason(): string | null {
  return useElsewhereStore.getState().notice;
}

/** The answer to this view's own edit: applied now unless the stream's echo got here first. */
export function applyOwnResult(result: EditResult, selectNew: boolean): void {
  const { changes, history, live } = result;
  if (!live) return; // nothing changed, so nothing was published (and history did not move)
  const outcome = sequencer.offer(live, { changes, history, selectNew, version: live.version });
  // The echo already put the records in place; only the selection of what this view just made is left to do.
  if (outcome === 'already' && selectNew) selectOnly(changes.actorsPut.map((a) => a.id));
  if (outcome === 'held') watchForGap();
}

export function onMapChanged(event: MapChangedEvent): void {
  const outcome = sequencer.offer(event, {
    changes: event.changes,
    history: event.history,
    selectNew: false,
    version: event.version,
  });
  if (outcome === 'held') watchForGap();
}

function showNotice(text: string): void {
  useElsewhereStore.setState({ notice: text });
}

/** 'follow' when the view should load the map now open (main switched it itself, e.g. Electron's menu). */
export function onMapSwitched(event: MapSwitchedEvent): 'follow' | 'ignore' {
  const mark = sequencer.mark;
  if (event.origin === viewId || (mark !== null && event.mapId === mark.mapId)) return 'ignore';
  // Nothing shown yet, or main switched on its own (Electron's menu): simply show the map now open.
  if ((mark === null || event.origin === null) && event.mapId !== null) return 'follow';
  if (mark !== null && event.previous !== null && event.previous.mapId !== mark.mapId) return 'ignore';
  const was = event.previous ? `“${event.previous.name}”` : 'This map';
  showNotice(
    event.mapId === null
      ? `${was} was closed in another window. Caremap has stopped; changes made here would not be saved.`
      : `${was} was closed in another window — Caremap now shows “${event.name ?? 'another map'}”. Nothing you do here changes it until you choose “Show it”.`,
  );
  return 'ignore';
}

/** On (re)connecting: if edits were published meanwhile, reload; if another map was opened, say so. */
export function onStreamHello(event: StreamHelloEvent): void {
  const mark = sequencer.mark;
  if (mark === null) return;
  if (event.mapId !== mark.mapId) {
    showNotice(
      'Another map was opened in another window while this one was not connected. Choose “Show it” to see the map now open.',
    );
    return;
  }
  if (event.seq > mark.seq) void resync();
}

/** Loads the open map whole again, in place (no change of viewport), if it is still the one this view shows. */
export async function resync(): Promise<void> {
  const payload = await api['map.current']({}).catch(() => null);
  const doc = payload && unpackCanvasDocument(payload);
  const mark = sequencer.mark;
  if (!doc || !doc.live || !mark || doc.live.mapId !== mark.mapId) return;
  loadDocument(doc, true);
  rebuildFlow();
  noteLoaded(doc);
}
