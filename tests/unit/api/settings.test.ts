// Settings: recent maps (ten, newest first, missing ones pruned), the last map, atomic writes, and damaged files ignored.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings, rememberOpenedMap, settingsPath, writeSettings } from '../../../src/main/settings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-settings-'));
  dirs.push(dir);
  return dir;
}

/** Real files, because recents whose file is gone are pruned. */
function mapFile(dir: string, name: string): string {
  const path = join(dir, `${name}.caremap`);
  writeFileSync(path, '');
  return path;
}

describe('settings', () => {
  it('starts empty when there is no settings file', () => {
    expect(readSettings(dataDir())).toEqual({ recentMaps: [], lastMapPath: null });
  });

  it('keeps ten recent maps, most recent first, each once, and the last map', () => {
    const dir = dataDir();
    const paths = Array.from({ length: 12 }, (_, i) => mapFile(dir, `map-${i}`));
    paths.forEach((path, i) => rememberOpenedMap(dir, { path, name: `Map ${i}` }, new Date(2025, 0, 1, 0, i)));
    rememberOpenedMap(dir, { path: paths[5]!, name: 'Map 5' }, new Date(2025, 0, 2));
    const settings = readSettings(dir);
    expect(settings.recentMaps.map((m) => m.name)).toEqual([
      'Map 5',
      'Map 11',
      'Map 10',
      'Map 9',
      'Map 8',
      'Map 7',
      'Map 6',
      'Map 4',
      'Map 3',
      'Map 2',
    ]);
    expect(settings.recentMaps[0]!.openedAt).toBe(new Date(2025, 0, 2).toISOString());
    expect(settings.lastMapPath).toBe(paths[5]);
  });

  it('leaves out maps whose file has gone', () => {
    const dir = dataDir();
    const kept = mapFile(dir, 'kept');
    const gone = mapFile(dir, 'gone');
    rememberOpenedMap(dir, { path: kept, name: 'Kept' });
    rememberOpenedMap(dir, { path: gone, name: 'Gone' });
    rmSync(gone);
    expect(readSettings(dir)).toEqual({ recentMaps: [expect.objectContaining({ name: 'Kept' })], lastMapPath: null });
  });

  it.each([
    ['not JSON', '{"recentMaps": [tru'],
    ['JSON of the wrong shape', '[1, 2, 3]'],
    ['fields of the wrong type', '{"recentMaps": "lots", "lastMapPath": 7}'],
    ['binary noise', '\u0000\u0001\u00ff'],
  ])('ignores a settings file that is %s, and writes a good one next time', (_what, text) => {
    const dir = dataDir();
    writeFileSync(settingsPath(dir), text);
    expect(readSettings(dir)).toEqual({ recentMaps: [], lastMapPath: null });
    const path = mapFile(dir, 'fresh');
    rememberOpenedMap(dir, { path, name: 'Fresh' });
    expect(JSON.parse(readFileSync(settingsPath(dir), 'utf8'))).toMatchObject({ lastMapPath: path });
  });

  it('writes by replacing the file whole, leaving no temporary files, creating the folder if needed', () => {
    const dir = join(dataDir(), 'nested', 'data');
    writeSettings(dir, { recentMaps: [], lastMapPath: '/a.caremap' });
    writeSettings(dir, { recentMaps: [], lastMapPath: '/b.caremap' });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(JSON.parse(readFileSync(settingsPath(dir), 'utf8'))).toEqual({ recentMaps: [], lastMapPath: '/b.caremap' });
  });
});
