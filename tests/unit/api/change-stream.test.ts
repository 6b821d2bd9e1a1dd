// The change stream: every committed edit, whatever its path, is published exactly once with the next sequence
// number; map switches are published; a view that believes another map is open is refused and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { dispatch } from '../../../src/main/transport/dispatch';
import type { ServerEvent } from '../../../src/shared/api';
import type { CanvasPayload } from '../../../src/shared/canvas-pack';
import type { CanvasDocument } from '../../../src/shared/canvas-records';
import type { ActorId, EditResult } from '../../../src/shared/domain';
import { cleanCallMeta, type MapSwitchedEvent } from '../../../src/shared/live-map';
import type { ImportPreview } from '../../../src/shared/import/import-types';

let temp: TempBackend;
let events: ServerEvent[];
let doc: CanvasDocument;
const VIEW = 'viewA';

/** Calls as a view does: through the transport's dispatch, with the view's id and the map it shows. */
async function call(
  op: string,
  input: unknown,
  meta: { viewId?: string; mapId?: string } = { viewId: VIEW, mapId: doc.live!.mapId },
): Promise<unknown> {
  const result = await dispatch(temp.backend.handlers, op, input, meta);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

const changed = () =>
  events.filter((e): e is ServerEvent<'map.changed'> => e.name === 'map.changed').map((e) => e.payload);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeEach(() => {
  temp = createTempBackend();
  doc = temp.backend.openInitialMap(join(temp.mapsFolder, 'Stream.caremap'));
  events = [];
  temp.backend.events.subscribe((event) => events.push(event));
});
afterEach(() => temp.dispose());

describe('the publisher', () => {
  it('publishes exactly one change set per committed edit, of every kind, with increasing sequence numbers', async () => {
    const kindId = doc.kinds[0]!.id;
    const otherKind = doc.kinds[1]!.id;
    let lastVersion = doc.live!.version!;
    const edit = async (op: string, input: unknown) => {
      const before = changed().length;
      const result = (await call(op, input)) as EditResult;
      const now = changed();
      expect(now.length, `${op} should publish exactly one change set`).toBe(before + 1);
      const event = now.at(-1)!;
      expect(event.seq, op).toBe(before + 1);
      expect(event.mapId).toBe(doc.live!.mapId);
      expect(event.origin).toBe(VIEW);
      expect(result.live).toEqual({ mapId: doc.live!.mapId, seq: event.seq, version: event.version });
      // The map's version rises with every published edit: a view's next edit is based on it.
      expect(event.version).toBeGreaterThan(lastVersion);
      lastVersion = event.version!;
      expect(event.changes).toEqual(result.changes);
      expect(event.history).toEqual(result.history);
      return result;
    };
    const ada: ActorId = (await edit('actors.create', { name: 'Ada', kindId, x: 0, y: 0 })).changes.actorsPut[0]!.id;
    const bea: ActorId = (await edit('actors.create', { name: 'Bea', kindId, x: 100, y: 0 })).changes.actorsPut[0]!.id;
    await edit('actors.rename', { id: ada, name: 'Ada L.' });
    await edit('actors.setKind', { ids: [ada], kindId: otherKind });
    await edit('actors.update', { ids: [ada], patch: { notes: 'Lives nearby' } });
    await edit('actors.move', { moves: [{ id: ada, x: 40, y: 50 }] });
    const tieId = (await edit('ties.create', { fromId: ada, toId: bea })).changes.tiesPut[0]!.id;
    await edit('ties.update', { ids: [tieId], patch: { notes: 'Weekly' } });
    await edit('elements.delete', { actorIds: [], tieIds: [tieId] });
    await edit('history.undo', {});
    await edit('history.redo', {});
    const taxonomy = await edit('kinds.create', { name: 'Neighbour', colour: '#336699', shape: 'circle' });
    expect(changed().at(-1)!.changes.taxonomy).toEqual(taxonomy.changes.taxonomy);
    const snapshot = (await call('snapshots.save', { name: 'Before import' })) as { id: string };
    const preview = (await call('import.read', {
      fileName: 'people.csv',
      base64: b64('Name\nCy\nDee\n'),
    })) as ImportPreview;
    const imported = await edit('import.commit', { importId: preview.importId });
    expect(imported.changes.actorsPut.map((a) => a.name).sort()).toEqual(['Cy', 'Dee']);
    await edit('snapshots.restore', { id: snapshot.id });
    await edit('actors.forget', { id: bea });
    expect(changed().map((e) => e.seq)).toEqual(changed().map((_, i) => i + 1));
  });

  it('publishes nothing for an edit that changed nothing, nor for reads', async () => {
    const kindId = doc.kinds[0]!.id;
    const ada = ((await call('actors.create', { name: 'Ada', kindId, x: 0, y: 0 })) as EditResult).changes.actorsPut[0]!
      .id;
    events.length = 0;
    const same = (await call('actors.rename', { id: ada, name: 'Ada' })) as EditResult;
    expect(same.live).toBeUndefined();
    await call('map.current', {});
    await call('snapshots.list', {});
    expect(events).toEqual([]);
  });

  it('publishes a refused edit never', async () => {
    events.length = 0;
    await expect(call('actors.rename', { id: 'no-such-actor', name: 'X' })).rejects.toThrow();
    expect(events).toEqual([]);
  });

  it('tells every view when another map is opened, and numbers the new map from the start', async () => {
    const other = join(temp.mapsFolder, 'Other.caremap');
    const opened = (await call('map.new', { path: other, name: 'Other' })) as CanvasPayload;
    const switched = events.find((e) => e.name === 'map.switched')!.payload as MapSwitchedEvent;
    expect(switched).toEqual({
      mapId: opened.live!.mapId,
      name: 'Other',
      path: opened.info.path,
      previous: { mapId: doc.live!.mapId, name: 'Stream' },
      origin: VIEW,
    });
    expect(opened.live!.mapId).not.toBe(doc.live!.mapId);
    expect(opened.live!.seq).toBe(0);
    const made = (await call(
      'actors.create',
      { name: 'Eve', kindId: opened.kinds[0]!.id, x: 0, y: 0 },
      { viewId: VIEW, mapId: opened.live!.mapId },
    )) as EditResult;
    expect(made.live).toEqual({ mapId: opened.live!.mapId, seq: 1, version: opened.live!.version! + 1 });
  });

  it('tells every view when the map is closed', () => {
    temp.backend.close();
    expect(events.at(-1)).toEqual({
      name: 'map.switched',
      payload: {
        mapId: null,
        name: null,
        path: null,
        previous: { mapId: doc.live!.mapId, name: 'Stream' },
        origin: null,
      },
    });
  });
});

describe('the map-id check', () => {
  it('refuses an edit from a view that still shows a map closed elsewhere, and changes nothing', async () => {
    const stale = doc.live!.mapId;
    const other = (await call(
      'map.new',
      { path: join(temp.mapsFolder, 'Other.caremap'), name: 'Other' },
      { viewId: 'viewB' },
    )) as CanvasPayload;
    events.length = 0;
    const attempt = call(
      'actors.create',
      { name: 'Wrong place', kindId: other.kinds[0]!.id, x: 0, y: 0 },
      { viewId: VIEW, mapId: stale },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'map-changed' });
    await expect(attempt).rejects.toThrow(
      /“Stream” was closed in another window or tab, and Caremap now has “Other” open/,
    );
    const now = (await call('map.current', {})) as CanvasPayload;
    expect(now.canvas.actorIds).toEqual([]);
    expect(events).toEqual([]);
  });

  it('refuses reads of the map too (an export of the wrong map), but not opening another', async () => {
    const stale = doc.live!.mapId;
    await call('map.new', { path: join(temp.mapsFolder, 'Other.caremap') }, { viewId: 'viewB' });
    await expect(call('snapshots.list', {}, { viewId: VIEW, mapId: stale })).rejects.toMatchObject({
      code: 'map-changed',
    });
    const reopened = (await call(
      'map.open',
      { path: join(temp.mapsFolder, 'Stream.caremap') },
      { viewId: VIEW, mapId: stale },
    )) as CanvasPayload;
    expect(reopened.info.name).toBe('Stream');
  });

  it('keeps only well-formed ids from a transport, never trusting their type or length', () => {
    expect(cleanCallMeta({ viewId: 'abc_1-2', mapId: doc.live!.mapId })).toEqual({
      viewId: 'abc_1-2',
      mapId: doc.live!.mapId,
    });
    expect(cleanCallMeta({ viewId: ['x'], mapId: 'has space' })).toEqual({});
    expect(cleanCallMeta({ viewId: 'x'.repeat(65), mapId: 42 })).toEqual({});
    expect(cleanCallMeta(undefined)).toEqual({});
  });

  it('refuses an import whose map was switched while the worker was planning it, importing into neither map', async () => {
    const preview = (await call('import.read', {
      fileName: 'people.csv',
      base64: b64('Name\nCy\nDee\n'),
    })) as ImportPreview;
    const committing = call('import.commit', { importId: preview.importId });
    // The commit is waiting for its plan from the worker; another window opens another map meanwhile.
    const other = (await call(
      'map.new',
      { path: join(temp.mapsFolder, 'Other.caremap'), name: 'Other' },
      { viewId: 'viewB' },
    )) as CanvasPayload;
    await expect(committing).rejects.toMatchObject({ code: 'map-changed' });
    expect(
      ((await call('map.current', {}, { viewId: 'viewB', mapId: other.live!.mapId })) as CanvasPayload).canvas.actorIds,
    ).toEqual([]);
    expect(changed()).toEqual([]);
  });
});
