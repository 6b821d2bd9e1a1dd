// `npm run rebuild:electron`: (re)builds better-sqlite3 for Electron by hand, e.g. after upgrading Electron.
import { rebuildForElectron } from './lib/electron-native.mjs';

process.exit(rebuildForElectron() ? 0 : 1);
