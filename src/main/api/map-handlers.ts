// Handlers for maps, files and dialogs: new, open, save a copy, recents, the folder browser, native dialogs.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { readSettings } from '../settings';
import { browseFolder } from './browse-folder';
import type { BackendDeps } from './backend-types';
import type { MapSession } from './map-session';

type MapOperation =
  | 'app.info'
  | 'map.current'
  | 'map.new'
  | 'map.open'
  | 'map.saveCopyAs'
  | 'map.recent'
  | 'map.browse'
  | 'dialog.chooseMapToOpen'
  | 'dialog.chooseNewMapPath';

export function mapHandlers(session: MapSession, deps: BackendDeps): Pick<Handlers, MapOperation> {
  const { dialogs } = deps;
  return {
    'app.info': () => ({
      mode: deps.mode,
      version: deps.version,
      mapsFolder: deps.mapsFolder,
      nativeDialogs: dialogs !== undefined,
    }),
    'map.current': () => session.payload(),
    'map.new': (input) => {
      session.create(input.path, input.name);
      return session.payload()!;
    },
    'map.open': (input) => {
      session.open(input.path);
      return session.payload()!;
    },
    'map.saveCopyAs': (input) => {
      const path = resolve(input.path);
      session.require().saveCopyAs(path, { replace: input.replace === true });
      return { path };
    },
    'map.recent': () => readSettings(deps.dataDir).recentMaps,
    'map.browse': (input) => {
      if (input.path === undefined) mkdirSync(deps.mapsFolder, { recursive: true });
      return browseFolder(input.path ?? deps.mapsFolder);
    },
    'dialog.chooseMapToOpen': async () =>
      dialogs ? { path: await dialogs.chooseMapToOpen(), supported: true } : { path: null, supported: false },
    'dialog.chooseNewMapPath': async (input) =>
      dialogs
        ? { path: await dialogs.chooseNewMapPath(input.suggestedName), supported: true }
        : { path: null, supported: false },
  };
}
