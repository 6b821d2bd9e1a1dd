// Finds the Electron binary without triggering the electron package's own download-on-require.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './ensure-built.mjs';

const electronDir = join(root, 'node_modules', 'electron');

export function electronBinaryPath() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Tries the electron package's own installer once (it downloads the binary); quiet, and bounded in time. */
export function tryInstallElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return null;
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 180_000,
  });
  return electronBinaryPath();
}
