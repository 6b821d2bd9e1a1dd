// Finds better-sqlite3 compiled for Electron's ABI in a development checkout (made by `npm run rebuild:electron`), kept
// apart from the Node build that tests, the CLI and browser mode use, so one install serves both. A packaged app has
// none: electron-builder rebuilt node_modules' own copy for Electron (npmRebuild), which better-sqlite3 finds itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronNativeBinding(appRoot: string): string | undefined {
  const path = join(
    appRoot,
    ELECTRON_NATIVE_DIR,
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return existsSync(path) ? path : undefined;
}
