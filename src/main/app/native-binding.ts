// Finds better-sqlite3 compiled for Electron's ABI (made by `npm run rebuild:electron`), kept apart from the Node build
// that tests, the CLI and browser mode use, so one install serves both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronNativeBinding(appRoot: string, resourcesPath?: string): string | undefined {
  const candidates = [
    // A packaged app ships it beside its resources.
    ...(resourcesPath ? [join(resourcesPath, 'better_sqlite3.node')] : []),
    join(appRoot, ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
  ];
  return candidates.find((path) => existsSync(path));
}
