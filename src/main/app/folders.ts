// Where Caremap keeps its settings and, by default, its maps, when the platform does not say (browser mode).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function defaultDataDir(): string {
  if (process.env.CAREMAP_DATA_DIR) return resolve(process.env.CAREMAP_DATA_DIR);
  if (process.platform === 'win32' && process.env.APPDATA) return join(process.env.APPDATA, 'Caremap');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Caremap');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Caremap');
}

/** Maps go where people keep documents, so they can find and back them up. */
export function defaultMapsFolder(documentsDir?: string): string {
  const documents = documentsDir ?? join(homedir(), 'Documents');
  return existsSync(documents) ? join(documents, 'Caremap') : join(homedir(), 'Caremap');
}
