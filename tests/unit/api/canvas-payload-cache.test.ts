// The packed canvas is read once per state of the map file (so map.current at 20,000 actors answers without reading
// and packing again), and any write makes the next answer a fresh read: a stale map is never sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { CanvasPayloadCache } from '../../../src/main/api/canvas-payload-cache';
import { createActor, moveActors, undo } from '../../../src/main/commands';
import { openMapStore, seedTaxonomy, taxonomyOf, writeNewMapFile, type MapStore } from '../../../src/main/store';
import { unpackCanvasDocument, type CanvasPayload } from '../../../src/shared/canvas-pack';
import { parseRequest } from '../../../src/shared/validate';

describe('the packed canvas cache, on a map file', () => {
  let dir: string;
  let store: MapStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caremap-canvas-cache-'));
    const path = join(dir, 'Cache.caremap');
    writeNewMapFile(path, { name: 'Cache', ...taxonomyOf(seedTaxonomy()) });
    store = openMapStore(path);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const positions = (cache: CanvasPayloadCache) => {
    const { canvas } = cache.canvasOf(store);
    return canvas.actorIds.map((id, i) => ({ id, x: canvas.x[i], y: canvas.y[i] }));
  };

  it('reads the file once while nothing is written, and answers the same columns', () => {
    const cache = new CanvasPayloadCache();
    const kindId = store.kinds()[0]!.id;
    createActor(store, { name: 'Ada', kindId, x: 10, y: 20 });
    const first = cache.canvasOf(store);
    expect(cache.canvasOf(store)).toBe(first);
    expect(cache.reads).toBe(1);
    expect(first.canvas.names).toEqual(['Ada']);
  });

  it('reads again after an edit, an undo, or a write that is no edit at all', () => {
    const cache = new CanvasPayloadCache();
    const kindId = store.kinds()[0]!.id;
    const id = createActor(store, { name: 'Ada', kindId, x: 10, y: 20 }).changes.actorsPut[0]!.id;
    expect(positions(cache)).toEqual([{ id, x: 10, y: 20 }]);

    moveActors(store, { moves: [{ id, x: 300, y: 40 }] });
    expect(positions(cache)).toEqual([{ id, x: 300, y: 40 }]);
    undo(store);
    expect(positions(cache)).toEqual([{ id, x: 10, y: 20 }]);
    expect(cache.reads).toBe(3);

    // The report draft is written without counting as an edit (no change counter bump): still a new state of the file.
    const before = store.writeStamp();
    store.report.set([{ id: 'kinds', heading: 'Kinds', text: 'Notes' }]);
    expect(store.writeStamp()).not.toBe(before);
    cache.canvasOf(store);
    expect(cache.reads).toBe(4);
  });

  it('never answers one store’s canvas for another', () => {
    const cache = new CanvasPayloadCache();
    const kindId = store.kinds()[0]!.id;
    createActor(store, { name: 'Ada', kindId, x: 0, y: 0 });
    cache.canvasOf(store);
    const otherPath = join(dir, 'Other.caremap');
    writeNewMapFile(otherPath, { name: 'Other', ...taxonomyOf(seedTaxonomy()) });
    const other = openMapStore(otherPath);
    try {
      expect(cache.canvasOf(other).canvas.names).toEqual([]);
      expect(cache.canvasOf(other).info.name).toBe('Other');
    } finally {
      other.close();
    }
  });
});

describe('map.current through the backend', () => {
  let t: TempBackend;
  beforeEach(() => {
    t = createTempBackend();
    t.backend.openInitialMap(`${t.mapsFolder}/Current.caremap`);
  });
  afterEach(() => t.dispose());

  const current = async () => (await t.backend.handlers['map.current'](parseRequest('map.current', {})))!;
  const names = (p: CanvasPayload) => unpackCanvasDocument(p).actors.map((a) => a.name);

  it('shows every edit at once, and its history and stream mark are the latest', async () => {
    const before = await current();
    expect(await current()).toMatchObject({ canvas: before.canvas });
    const kindId = before.kinds[0]!.id;
    const made = await t.backend.handlers['actors.create'](
      parseRequest('actors.create', { name: 'Bea', kindId, x: 5, y: 6 }),
    );
    const after = await current();
    expect(names(after)).toEqual([...names(before), 'Bea']);
    expect(after.history.canUndo).toBe(true);
    expect(Number(after.live?.version)).toBeGreaterThan(Number(before.live?.version));
    await t.backend.handlers['actors.rename'](
      parseRequest('actors.rename', { id: made.changes.actorsPut[0]!.id, name: 'Beatrice' }),
    );
    expect(names(await current())).toEqual([...names(before), 'Beatrice']);
  });

  it('answers the opened map, not the one before, after map.open and map.new', async () => {
    const kindId = (await current()).kinds[0]!.id;
    await t.backend.handlers['actors.create'](parseRequest('actors.create', { name: 'Cai', kindId, x: 0, y: 0 }));
    const made = await t.backend.handlers['map.new'](
      parseRequest('map.new', { path: `${t.mapsFolder}/Fresh.caremap` }),
    );
    expect(made.info.name).toBe('Fresh');
    expect(names(made)).toEqual([]);
    expect(names(await current())).toEqual([]);
    const back = await t.backend.handlers['map.open'](
      parseRequest('map.open', { path: `${t.mapsFolder}/Current.caremap` }),
    );
    expect(names(back)).toContain('Cai');
    expect((await current()).info.name).toBe('Current');
  });
});
