// A backend on a fresh temporary folder, for tests and benches: its own data folder, maps folder and cleanup.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type BackendDeps } from './create-backend';

export interface TempBackend {
  backend: Backend;
  /** The temporary folder holding everything below. */
  dir: string;
  dataDir: string;
  mapsFolder: string;
  /** Closes the map and deletes the folder. */
  dispose(): void;
}

export function createTempBackend(overrides: Partial<BackendDeps> = {}): TempBackend {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-backend-'));
  const dataDir = join(dir, 'data');
  const mapsFolder = join(dir, 'maps');
  mkdirSync(dataDir);
  mkdirSync(mapsFolder);
  const backend = createBackend({ mode: 'browser', version: '0.0.0-test', dataDir, mapsFolder, ...overrides });
  return {
    backend,
    dir,
    dataDir,
    mapsFolder,
    dispose: () => {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
