// The plan a preview made is reused at commit only if the map has not been written since, even across closing and
// reopening the map: its change counter is kept in the file, where SQLite's total_changes() restarted at zero.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/api/create-backend';
import { openMapStore } from '../../../src/main/store';
import { tempDir, track } from '../store/temp-maps';
import { unpackCanvasDocument } from '../../../src/shared/canvas-pack';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('a preview, an edit, another map and back, then the commit', () => {
  it('plans again rather than reverting the edit, and undoing the import keeps the edit', async () => {
    const dir = tempDir();
    const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
    const [ours, other] = [join(dir, 'ours.caremap'), join(dir, 'other.caremap')];
    try {
      const h = backend.handlers;
      await h['map.new']({ path: other });
      const doc = await h['map.new']({ path: ours });
      const kindId = doc.kinds[0]!.id;
      const ada = (await h['actors.create']({ name: 'Ada', kindId, x: 0, y: 0 })).changes.actorsPut[0]!;
      // Reopened, so the connection has written nothing yet: total_changes() is 0, as it will be after the switch back.
      await h['map.open']({ path: other });
      await h['map.open']({ path: ours });
      const shown = await h['import.read']({ fileName: 'notes.csv', base64: base64('Name,Notes\nAda,Lunch club\n') });
      expect(shown.counts).toMatchObject({ actorsAdded: 0, actorsUpdated: 1 });

      await h['elements.delete']({ actorIds: [ada.id], tieIds: [] });
      await h['map.open']({ path: other });
      await h['map.open']({ path: ours });
      const committed = await h['import.commit']({ importId: shown.importId, choices: shown.choices });

      // Ada was deleted after the preview: the file's Ada comes in as a new actor, not the deleted one brought back.
      expect(committed.summary.counts).toMatchObject({ actorsAdded: 1, actorsUpdated: 0 });
      const after = unpackCanvasDocument((await h['map.current']({}))!).actors;
      expect(after.map((a) => a.name)).toEqual(['Ada']);
      expect(after[0]!.id).not.toBe(ada.id);
      await h['history.undo']({});
      expect((await h['map.current']({}))!.canvas.actorIds).toEqual([]);
    } finally {
      backend.close();
    }
  });
});

describe('the change counter', () => {
  it('is kept in the file: it rises with every edit, undo and redo, and is the same after reopening', async () => {
    const dir = tempDir();
    const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
    const path = join(dir, 'count.caremap');
    const h = backend.handlers;
    const doc = await h['map.new']({ path });
    const counts: number[] = [];
    const count = () => {
      const store = track(openMapStore(path));
      counts.push(store.changeCount());
      store.close();
    };
    await h['actors.create']({ name: 'Ada', kindId: doc.kinds[0]!.id, x: 0, y: 0 });
    await h['history.undo']({});
    await h['history.redo']({});
    backend.close();
    count();
    count();
    expect(counts[0]).toBe(3);
    expect(counts[1]).toBe(counts[0]);
  });
});
