// The main process's backend: the shared API's handlers over one open map, for any transport (IPC, loopback HTTP, tests).
import type { Handlers } from '../../shared/api';
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
import { recordsHandlers } from './records-handlers';
import { MapSession } from './map-session';
import { withStoreErrors } from './store-error-handlers';
import { ChangeStream } from './change-stream';
import { keepViewsInStep } from './in-step';
import type { Backend, BackendDeps } from './backend-types';
import { shareHandlers } from './share-handlers';
import { ShareController } from '../room/share-controller';

export type { Backend, BackendDeps, NativeDialogs } from './backend-types';

export function createBackend(deps: BackendDeps): Backend {
  const storeOptions: MapStoreOptions = {
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
    ...(deps.historyLimit ? { historyLimit: deps.historyLimit } : {}),
  };
  const session = new MapSession(deps.dataDir, storeOptions);
  const events = new ChangeStream();
  // Joined devices' contributions run through the finished handlers below, so they are published like any edit.
  let published: Handlers | null = null;
  const share = new ShareController({
    session,
    events,
    handlers: () => published!,
    ...deps.room,
  });
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
    ...shareHandlers(share),
    ...recordsHandlers(session),
  };
  // Every edit is published once, after its transaction committed; a view showing another map is refused first.
  const inStep = keepViewsInStep(all, session, events);
  // A full disk or a read-only map answers with its own sentence, whichever handler was writing.
  const handlers = withStoreErrors(inStep.handlers, () => session.current()?.path);
  published = handlers;
  return {
    handlers,
    openInitialMap: (explicitPath) =>
      openInitialMap(session, { dataDir: deps.dataDir, mapsFolder: deps.mapsFolder, storeOptions }, explicitPath),
    currentPath: () => session.current()?.path ?? null,
    recentMaps: () => readSettings(deps.dataDir).recentMaps,
    close: () => {
      void share.stop();
      inStep.closed();
      session.close();
    },
    events,
    live: () => session.live(),
    stopSharing: async () => {
      await share.stop();
    },
  };
}
