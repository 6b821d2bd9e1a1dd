// The backend's map handlers: new, open, switch, recents, save a copy, browse, dialogs, and which map opens at start.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { createBackend } from '../../../src/main/api/create-backend';
import { DEMO_MAP_FILE_NAME } from '../../../src/main/demo/build-demo-map';
import { CURRENT_SCHEMA_VERSION, openMapStore } from '../../../src/main/store';

let temps: TempBackend[] = [];
afterEach(() => {
  temps.forEach((t) => t.dispose());
  temps = [];
});

/** Handlers may answer synchronously or with a promise; tests treat every call as async, as transports do. */
const run = <T>(fn: () => T | Promise<T>): Promise<T> => Promise.resolve().then(fn);

function temp(overrides: Parameters<typeof createTempBackend>[0] = {}): TempBackend {
  const t = createTempBackend(overrides);
  temps.push(t);
  return t;
}

describe('with no map open', () => {
  it('answers map.current with null and refuses edits with no-map-open', async () => {
    const { backend } = temp();
    expect(await backend.handlers['map.current'](undefined)).toBeNull();
    expect(backend.currentPath()).toBeNull();
    await expect(run(() => backend.handlers['history.undo'](undefined))).rejects.toThrow(
      expect.objectContaining({ code: 'no-map-open' }),
    );
    await expect(run(() => backend.handlers['map.saveCopyAs']({ path: '/tmp/x.caremap' }))).rejects.toThrow(
      expect.objectContaining({ code: 'no-map-open' }),
    );
  });

  it('reports app info, with native dialogs only when given', async () => {
    const plain = temp();
    expect(await plain.backend.handlers['app.info'](undefined)).toEqual({
      mode: 'browser',
      version: '0.0.0-test',
      mapsFolder: plain.mapsFolder,
      nativeDialogs: false,
    });
    expect(await plain.backend.handlers['dialog.chooseMapToOpen'](undefined)).toEqual({ path: null, supported: false });
    const withDialogs = temp({
      mode: 'electron',
      dialogs: {
        chooseMapToOpen: async () => '/maps/a.caremap',
        chooseNewMapPath: async (name) => `/maps/${name}.caremap`,
        chooseSavePath: async () => null,
      },
    });
    expect(await withDialogs.backend.handlers['app.info'](undefined)).toMatchObject({
      mode: 'electron',
      nativeDialogs: true,
    });
    expect(await withDialogs.backend.handlers['dialog.chooseMapToOpen'](undefined)).toEqual({
      path: '/maps/a.caremap',
      supported: true,
    });
    expect(await withDialogs.backend.handlers['dialog.chooseNewMapPath']({ suggestedName: 'Street' })).toEqual({
      path: '/maps/Street.caremap',
      supported: true,
    });
  });
});

describe('map.new and map.open', () => {
  it('creates a map with the seed kinds, refuses an existing path, and records recents', async () => {
    const { backend, mapsFolder } = temp();
    const path = join(mapsFolder, 'Street.caremap');
    const doc = await backend.handlers['map.new']({ path, name: 'Our street' });
    expect(doc.info).toMatchObject({ path, name: 'Our street', schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(doc.kinds).toHaveLength(6);
    expect(doc.tieStatuses).toHaveLength(4);
    expect(doc.careOffers).toHaveLength(10);
    expect(backend.currentPath()).toBe(path);
    await expect(run(() => backend.handlers['map.new']({ path }))).rejects.toThrow(
      expect.objectContaining({
        code: 'file-exists',
        message: '“Street.caremap” already exists. Choose another name.',
      }),
    );
    expect(backend.recentMaps()).toEqual([{ path, name: 'Our street', openedAt: expect.any(String) }]);
  });

  it('switches maps, closing the old one only once the new one opened, and keeps recents most recent first', async () => {
    const { backend, mapsFolder } = temp();
    const [a, b] = [join(mapsFolder, 'A.caremap'), join(mapsFolder, 'B.caremap')];
    await backend.handlers['map.new']({ path: a });
    await backend.handlers['map.new']({ path: b });
    expect(() => openMapStore(a).close()).not.toThrow(); // A was released when B opened

    const bad = join(mapsFolder, 'bad.caremap');
    writeFileSync(bad, 'not a map');
    await expect(run(() => backend.handlers['map.open']({ path: bad }))).rejects.toThrow(
      expect.objectContaining({ code: 'not-a-map' }),
    );
    expect(backend.currentPath()).toBe(b); // still open and usable
    expect((await backend.handlers['map.current'](undefined))?.info.name).toBe('B');

    await backend.handlers['map.open']({ path: a });
    expect(backend.recentMaps().map((r) => r.name)).toEqual(['A', 'B']);
    // Opening the map that is already open is not "open in another window".
    expect((await backend.handlers['map.open']({ path: a })).info.path).toBe(a);
  });

  it('saves a copy without switching to it', async () => {
    const { backend, mapsFolder } = temp();
    const path = join(mapsFolder, 'Original.caremap');
    const doc = await backend.handlers['map.new']({ path });
    await backend.handlers['actors.create']({ name: 'Ada', kindId: doc.kinds[0]!.id, x: 0, y: 0 });
    const copy = join(mapsFolder, 'Copy.caremap');
    expect(await backend.handlers['map.saveCopyAs']({ path: copy })).toEqual({ path: copy });
    expect(backend.currentPath()).toBe(path);
    const opened = openMapStore(copy);
    expect(opened.actors().map((x) => x.name)).toEqual(['Ada']);
    opened.close();
  });
});

describe('map.browse', () => {
  it('lists folders first then maps, sorted, hidden files and other files left out, with the parent', async () => {
    const { backend, mapsFolder } = temp();
    mkdirSync(join(mapsFolder, 'zeta'));
    mkdirSync(join(mapsFolder, 'Alpha'));
    mkdirSync(join(mapsFolder, '.hidden'));
    for (const name of ['b.caremap', 'A.caremap', 'notes.txt', '.secret.caremap', 'map10.caremap', 'map9.caremap']) {
      writeFileSync(join(mapsFolder, name), '');
    }
    const listing = await backend.handlers['map.browse']({});
    expect(listing.path).toBe(mapsFolder);
    expect(listing.parent).toBe(join(mapsFolder, '..'));
    expect(listing.entries.map((e) => [e.name, e.isFolder])).toEqual([
      ['Alpha', true],
      ['zeta', true],
      ['A.caremap', false],
      ['b.caremap', false],
      ['map9.caremap', false],
      ['map10.caremap', false],
    ]);
    expect(listing.entries[0]!.path).toBe(join(mapsFolder, 'Alpha'));
    expect((await backend.handlers['map.browse']({ path: join(mapsFolder, 'Alpha') })).entries).toEqual([]);
    await expect(run(() => backend.handlers['map.browse']({ path: join(mapsFolder, 'missing') }))).rejects.toThrow(
      expect.objectContaining({ code: 'file-not-found' }),
    );
    expect((await backend.handlers['map.browse']({ path: '/' })).parent).toBeNull();
  });
});

describe('openInitialMap', () => {
  it('creates and opens the demo map on first start, and reuses it after', () => {
    const t = temp();
    const doc = t.backend.openInitialMap();
    expect(doc.info.path).toBe(join(t.mapsFolder, DEMO_MAP_FILE_NAME));
    expect(doc.actors.length).toBeGreaterThanOrEqual(40);
    expect(doc.history.canUndo).toBe(false); // the demo is written without history
    t.backend.close();
    const again = createBackend({ mode: 'browser', version: 't', dataDir: t.dataDir, mapsFolder: t.mapsFolder });
    const second = again.openInitialMap();
    expect(second.actors.map((a) => a.id)).toEqual(doc.actors.map((a) => a.id));
    again.close();
  });

  it('reopens the last map, and falls back to the demo when it cannot', async () => {
    const t = temp();
    const street = join(t.mapsFolder, 'Street.caremap');
    await t.backend.handlers['map.new']({ path: street });
    t.backend.close();

    const next = createBackend({ mode: 'browser', version: 't', dataDir: t.dataDir, mapsFolder: t.mapsFolder });
    expect(next.openInitialMap().info.path).toBe(street);
    next.close();

    writeFileSync(street, 'damaged');
    const after = createBackend({ mode: 'browser', version: 't', dataDir: t.dataDir, mapsFolder: t.mapsFolder });
    expect(after.openInitialMap().info.path).toBe(join(t.mapsFolder, DEMO_MAP_FILE_NAME));
    after.close();
  });

  it('opens an explicit path, creating the map (and its folder) when it does not exist', () => {
    const t = temp();
    const path = join(t.dir, 'elsewhere', 'Workshop.caremap');
    const doc = t.backend.openInitialMap(path);
    expect(doc.info).toMatchObject({ path, name: 'Workshop' });
    expect(doc.actors).toEqual([]);
    expect(readdirSync(t.mapsFolder)).toEqual([]); // no demo made
    t.backend.close();
    expect(existsSync(path)).toBe(true);
    const again = createBackend({ mode: 'browser', version: 't', dataDir: t.dataDir, mapsFolder: t.mapsFolder });
    expect(again.openInitialMap(path).info.path).toBe(path);
    again.close();
  });
});
