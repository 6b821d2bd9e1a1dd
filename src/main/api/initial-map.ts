// Which map to show at start: the one asked for, else the last one, else the demo map.
import type { CanvasDocument } from '../../shared/canvas-records';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEMO_MAP_FILE_NAME, writeDemoMap } from '../demo/build-demo-map';
import { cleanStaleTempCopies } from '../files/clean-temp-copies';
import { readSettings } from '../settings';
import type { MapStoreOptions } from '../store';
import type { MapSession } from './map-session';

export interface InitialMapPlaces {
  dataDir: string;
  mapsFolder: string;
  storeOptions: MapStoreOptions;
}

/** The folders our maps live in: where a kill during "Save a copy as" or "New map" may have left a hidden copy. */
function mapFolders(places: InitialMapPlaces, explicitPath?: string): string[] {
  const settings = readSettings(places.dataDir);
  const files = [...settings.recentMaps.map((m) => m.path), settings.lastMapPath, explicitPath];
  return [places.mapsFolder, ...files.filter((f): f is string => !!f).map((f) => dirname(resolve(f)))];
}

export function openInitialMap(session: MapSession, places: InitialMapPlaces, explicitPath?: string): CanvasDocument {
  cleanStaleTempCopies(mapFolders(places, explicitPath));
  if (explicitPath) {
    const path = resolve(explicitPath);
    if (existsSync(path)) return session.open(path);
    // `caremap --map new.caremap` makes the map, like an editor given a new file name.
    mkdirSync(dirname(path), { recursive: true });
    return session.create(path);
  }
  const last = readSettings(places.dataDir).lastMapPath;
  if (last) {
    try {
      return session.open(last);
    } catch {
      // Damaged, moved or open elsewhere: start with the demo rather than not at all.
    }
  }
  mkdirSync(places.mapsFolder, { recursive: true });
  const demo = join(places.mapsFolder, DEMO_MAP_FILE_NAME);
  if (!existsSync(demo)) writeDemoMap(demo, places.storeOptions);
  return session.open(demo);
}
