// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules' Node build for tests and CLI.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './ensure-built.mjs';

const nativeRoot = join(root, '.electron-native');
const target = join(nativeRoot, 'node_modules', 'better-sqlite3');
const binding = join(target, 'build', 'Release', 'better_sqlite3.node');

export function electronNativeReady() {
  return existsSync(binding);
}

/** Copies better-sqlite3's sources and runs @electron/rebuild on the copy; true when the binding exists afterwards. */
export function rebuildForElectron() {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  rmSync(nativeRoot, { recursive: true, force: true });
  mkdirSync(join(nativeRoot, 'node_modules'), { recursive: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`) });
  writeFileSync(
    join(nativeRoot, 'package.json'),
    JSON.stringify({ name: 'caremap-electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
  const cli = join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  console.log(`Building the database module for Electron ${electronVersion} (about a minute, once)…`);
  const result = spawnSync(
    process.execPath,
    [cli, '--version', electronVersion, '--module-dir', nativeRoot, '--only', 'better-sqlite3', '--force'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return result.status === 0 && electronNativeReady();
}
