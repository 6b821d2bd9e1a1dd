// Awkward paths: a FIFO named *.caremap neither blocks nor is listed; "Save a copy as" asks before replacing and never
// replaces the open map; hidden temporary copies a kill left behind are cleaned up at start (ours only, old only).
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { cleanStaleTempCopies } from '../../../src/main/files/clean-temp-copies';
import { openMapStore } from '../../../src/main/store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(ROOT, 'tests', 'fixtures', 'map-child.ts');

let temps: TempBackend[] = [];
afterEach(() => {
  temps.forEach((t) => t.dispose());
  temps = [];
});

function temp(): TempBackend {
  const t = createTempBackend();
  temps.push(t);
  return t;
}

const run = <T>(fn: () => T | Promise<T>): Promise<T> => Promise.resolve().then(fn);

describe('a FIFO named like a map', () => {
  it('is refused at once as not a map (in a child process, so a block would show as a kill, not a hung test run)', () => {
    const { mapsFolder } = temp();
    const fifo = join(mapsFolder, 'pipe.caremap');
    execFileSync('mkfifo', [fifo]);
    // Before the fix the child blocked in open(2) for ever; the 15 s kill is a guard, not a measurement.
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'try-open', fifo], {
      cwd: ROOT,
      timeout: 15_000,
      encoding: 'utf8',
    });
    expect(child.signal).toBeNull();
    expect(child.stdout.trim()).toBe('not-a-map');
  });

  it('is not listed by the file browser, while a link to a real map is', async () => {
    const { backend, mapsFolder } = temp();
    execFileSync('mkfifo', [join(mapsFolder, 'pipe.caremap')]);
    writeFileSync(join(mapsFolder, 'real.caremap'), '');
    execFileSync('ln', ['-s', join(mapsFolder, 'real.caremap'), join(mapsFolder, 'link.caremap')]);
    const listing = await backend.handlers['map.browse']({});
    expect(listing.entries.map((e) => e.name)).toEqual(['link.caremap', 'real.caremap']);
  });
});

describe('Save a copy as', () => {
  async function withMap(t: TempBackend) {
    const path = join(t.mapsFolder, 'Original.caremap');
    const doc = await t.backend.handlers['map.new']({ path });
    await t.backend.handlers['actors.create']({ name: 'Ada', kindId: doc.kinds[0]!.id, x: 0, y: 0 });
    return path;
  }

  it('refuses to replace an existing map unless told to, and then replaces it', async () => {
    const t = temp();
    await withMap(t);
    const other = join(t.mapsFolder, 'Other.caremap');
    await t.backend.handlers['map.new']({ path: other });
    await t.backend.handlers['map.open']({ path: join(t.mapsFolder, 'Original.caremap') });
    await expect(run(() => t.backend.handlers['map.saveCopyAs']({ path: other }))).rejects.toThrow(
      expect.objectContaining({
        code: 'file-exists',
        message: '“Other.caremap” already exists. Replace it, or choose another name.',
      }),
    );
    const untouched = openMapStore(other);
    expect(untouched.actors()).toHaveLength(0);
    untouched.close();
    await t.backend.handlers['map.saveCopyAs']({ path: other, replace: true });
    const replaced = openMapStore(other);
    expect(replaced.actors().map((a) => a.name)).toEqual(['Ada']);
    replaced.close();
  });

  it('never replaces the open map, even by another name for the same file or with replace', async () => {
    const t = temp();
    const path = await withMap(t);
    const alias = join(t.mapsFolder, 'Alias.caremap');
    linkSync(path, alias);
    for (const target of [path, alias]) {
      await expect(run(() => t.backend.handlers['map.saveCopyAs']({ path: target, replace: true }))).rejects.toThrow(
        expect.objectContaining({
          code: 'invalid-input',
          message: 'That is the map you have open. Choose another name for the copy.',
        }),
      );
    }
    expect((await t.backend.handlers['map.current'](undefined))?.canvas.actorIds).toHaveLength(1);
  });
});

describe('hidden temporary copies left by a kill', () => {
  const HOUR = 60 * 60 * 1000;

  it('are removed at start when old, in the maps folder and recent maps’ folders; others are left alone', async () => {
    const t = temp();
    const ours = '.Copy.caremap.0b7c9a52-7a51-4f0e-9a51-2c6f8a3c1d11.tmp';
    const fresh = '.Copy.caremap.1b7c9a52-7a51-4f0e-9a51-2c6f8a3c1d11.tmp';
    const notOurs = ['.Copy.caremap.tmp', 'notes.tmp', '.other-app.tmp'];
    for (const name of [ours, `${ours}-journal`, fresh, ...notOurs])
      writeFileSync(join(t.mapsFolder, name), 'copy of every name');
    const old = (Date.now() - 2 * HOUR) / 1000;
    for (const name of [ours, `${ours}-journal`, ...notOurs]) utimesSync(join(t.mapsFolder, name), old, old);

    t.backend.openInitialMap();
    const left = readdirSync(t.mapsFolder);
    expect(left).not.toContain(ours);
    expect(left).not.toContain(`${ours}-journal`);
    expect(left).toContain(fresh); // another Caremap may still be writing it
    for (const name of notOurs) expect(left).toContain(name);
  });

  it('skips folders that are gone', () => {
    expect(cleanStaleTempCopies([join(temp().dir, 'unplugged-drive')])).toEqual([]);
    expect(existsSync(join(temp().dir, 'unplugged-drive'))).toBe(false);
  });
});
