// The main process's backend: the shared API's handlers over one open map, for any transport (IPC, loopback HTTP, tests).
import type { Handlers } from '../../shared/api';
import type { AppMode, MapDocument, RecentMap } from '../../shared/domain';
import { readSettings } from '../settings';
import type { MapStoreOptions } from '../store';
import { editHandlers } from './edit-handlers';
import { exportHandlers } from './export-handlers';
import { historyHandlers } from './history-handlers';
import { openInitialMap } from './initial-map';
import { mapHandlers } from './map-handlers';
import { taxonomyHandlers } from './taxonomy-handlers';
import { fileHandlers } from './file-handlers';
import { importHandlers } from './import-handlers';
import { workshopHandlers } from './workshop-handlers';
import { privacyHandlers } from './privacy-handlers';
import { MapSession } from './map-session';
import { withStoreErrors } from './store-error-handlers';
import { ChangeStream } from './change-stream';
import { keepViewsInStep } from './in-step';
import type { LiveMark } from '../../shared/domain';

export interface NativeDialogs {
  chooseMapToOpen(): Promise<string | null>;
  chooseNewMapPath(suggestedName?: string): Promise<string | null>;
  /** Where to save an exported file; null when the facilitator cancels. */
  chooseSavePath(suggestedName: string, filterName: string, extensions: string[]): Promise<string | null>;
}

export interface BackendDeps {
  mode: AppMode;
  version: string;
  /** Where settings (recent maps, last map) live. */
  dataDir: string;
  /** Where new maps and the demo map go by default. */
  mapsFolder: string;
  /** Electron only; without them the renderer shows its own file browser. */
  dialogs?: NativeDialogs;
  /** better-sqlite3 built for Electron's ABI, when not the Node build. */
  nativeBinding?: string;
  /** Undo steps kept per map (default 1000). */
  historyLimit?: number;
}

export interface Backend {
  /** Inputs must already be parsed (parseRequest); transports do that. */
  handlers: Handlers;
  /** Opens the map to start with: `explicitPath` (made if missing), else the last map, else the demo map. */
  openInitialMap(explicitPath?: string): MapDocument;
  currentPath(): string | null;
  /** For the native Open Recent menu. */
  recentMaps(): RecentMap[];
  /** Closes the open map, releasing its lock. */
  close(): void;
  /** Every committed edit and map switch, for the transports to push to every open view. */
  events: ChangeStream;
  /** The open map's place in the change stream (a view connecting compares it with what it loaded). */
  live(): LiveMark | null;
}

export function createBackend(deps: BackendDeps): Backend {
  const storeOptions: MapStoreOptions = {
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
    ...(deps.historyLimit ? { historyLimit: deps.historyLimit } : {}),
  };
  const session = new MapSession(deps.dataDir, storeOptions);
  const all: Handlers = {
    ...mapHandlers(session, deps),
    ...editHandlers(session),
    ...taxonomyHandlers(session),
    ...fileHandlers(deps),
    ...historyHandlers(session),
    ...importHandlers(session),
    ...workshopHandlers(session),
    ...exportHandlers(session),
    ...privacyHandlers(session, storeOptions),
  };
  const events = new ChangeStream();
  // Every edit is published once, after its transaction committed; a view showing another map is refused first.
  const inStep = keepViewsInStep(all, session, events);
  // A full disk or a read-only map answers with its own sentence, whichever handler was writing.
  const handlers = withStoreErrors(inStep.handlers, () => session.current()?.path);
  return {
    handlers,
    openInitialMap: (explicitPath) =>
      openInitialMap(session, { dataDir: deps.dataDir, mapsFolder: deps.mapsFolder, storeOptions }, explicitPath),
    currentPath: () => session.current()?.path ?? null,
    recentMaps: () => readSettings(deps.dataDir).recentMaps,
    close: () => {
      inStep.closed();
      session.close();
    },
    events,
    live: () => session.live(),
  };
}
