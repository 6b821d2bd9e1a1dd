// Opening, creating and copying map files: native dialogs where the app has them, the in-app dialogs otherwise.
import { api } from '../api/client';
import { unpackCanvasDocument, type CanvasPayload } from '../../../shared/canvas-pack';
import { CaremapError } from '../../../shared/errors';
import { clearDocument, loadDocument } from './document-store';
import { rebuildFlow } from './flow-store';
import { announce, openDialog, requestFitView, showError, useSessionStore } from './session-store';
import { describeError } from './describe-error';
import { noteLoaded } from './live-view';

function show(payload: CanvasPayload | null): void {
  const doc = payload && unpackCanvasDocument(payload);
  noteLoaded(doc);
  if (!doc) {
    clearDocument();
    rebuildFlow();
    useSessionStore.setState({ phase: 'empty', editingActorId: null });
    return;
  }
  loadDocument(doc, true);
  rebuildFlow();
  useSessionStore.setState({ phase: 'ready', editingActorId: null });
  requestFitView();
  document.title = `${doc.info.name} – Caremap`;
}

/** map.current asked for before React mounted, taken by the first loadCurrentMap. */
let early: Promise<CanvasPayload | null> | null = null;

/**
 * Asks for the open map as soon as the bundle runs, so the server answers while React mounts the empty window
 * (~0.1 s at start-up that the request used to wait for, issue 17).
 */
export function prefetchCurrentMap(): void {
  early = api['map.current']({});
  // Its failure is reported by the loadCurrentMap that takes it.
  early.catch(() => undefined);
}

/** Shows whatever map the server has open (on start, and when Electron's menu opened another). */
export async function loadCurrentMap(): Promise<void> {
  const asked = early ?? api['map.current']({});
  early = null;
  try {
    const payload = await asked;
    // For the load profile (bench/far-drag-profile.ts): the answer parsed, then the stores built from it.
    performance.mark('caremap:map-answered');
    show(payload);
    performance.mark('caremap:map-loaded');
  } catch (error) {
    useSessionStore.setState({ phase: 'empty' });
    showError(describeError(error));
  }
}

async function attempt(action: () => Promise<void>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    showError(describeError(error));
    return false;
  }
}

export function openMapAt(path: string): Promise<boolean> {
  return attempt(async () => {
    const doc = await api['map.open']({ path });
    show(doc);
    announce(
      doc.info.readOnly
        ? `Opened ${doc.info.name} read-only: its file or drive cannot be written. Save a copy to make changes.`
        : `Opened ${doc.info.name}.`,
    );
  });
}

export function createMapAt(path: string, name?: string): Promise<boolean> {
  return attempt(async () => {
    const doc = await api['map.new'](name ? { path, name } : { path });
    show(doc);
    announce(`Created the new map ${doc.info.name}.`);
  });
}

/** 'exists' when a file is already there and `replace` was not given: the caller asks the person, then calls again. */
export async function saveCopyAt(path: string, replace = false): Promise<'saved' | 'exists' | 'failed'> {
  try {
    const result = await api['map.saveCopyAs'](replace ? { path, replace } : { path });
    announce(`Saved a copy as ${result.path}. You are still working on the original.`);
    return 'saved';
  } catch (error) {
    if (error instanceof CaremapError && error.code === 'file-exists' && !replace) return 'exists';
    showError(describeError(error));
    return 'failed';
  }
}

/** File › Open…: the native dialog if there is one, else the in-app file browser. */
export async function chooseMapToOpen(): Promise<void> {
  await attempt(async () => {
    const answer = await api['dialog.chooseMapToOpen']({});
    if (!answer.supported) return openDialog('open-map');
    if (answer.path) await openMapAt(answer.path);
  });
}

export async function chooseNewMap(): Promise<void> {
  await attempt(async () => {
    const answer = await api['dialog.chooseNewMapPath']({ suggestedName: 'New map' });
    if (!answer.supported) return openDialog('new-map');
    if (answer.path) await createMapAt(answer.path);
  });
}

export async function chooseCopyPath(currentName: string): Promise<void> {
  await attempt(async () => {
    const answer = await api['dialog.chooseNewMapPath']({ suggestedName: `${currentName} copy` });
    if (!answer.supported) return openDialog('save-copy');
    // The native save dialog has already asked whether to replace an existing file (showOverwriteConfirmation).
    if (answer.path) await saveCopyAt(answer.path, true);
  });
}
