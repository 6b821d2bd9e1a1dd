// Pinning actors: stored through actors.update as one undo step, kept across reopening, and absent from old maps.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/shared/domain';
import { openMapStore, type MapStore } from '../../../src/main/store';
import { firstKind, fixtureCopy, newMap, track } from '../store/temp-maps';
import { expectUndoable, run } from './run-operation';

function addActor(store: MapStore, name: string): Actor {
  return run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
}

describe('pinning actors', () => {
  it('starts unpinned, pins several at once in one undo step labelled as a pin, and survives reopening', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const ben = addActor(store, 'Ben');
    expect(ada.pinned).toBe(false);
    expectUndoable(store, () => run(store, 'actors.update', { ids: [ada.id, ben.id], patch: { pinned: true } }));
    expect(store.document().history.undoLabel).toBe('Pin 2 actors');
    const path = store.path;
    store.close();
    const again = track(openMapStore(path));
    expect(again.actors().map((a) => a.pinned)).toEqual([true, true]);
    run(again, 'actors.update', { ids: [ben.id], patch: { pinned: false } });
    expect(again.document().history.undoLabel).toBe('Unpin “Ben”');
    expect(again.actors().map((a) => a.pinned)).toEqual([true, false]);
  });

  it('opens a version-2 map with every actor unpinned', () => {
    const store = track(openMapStore(fixtureCopy('map-v2.caremap')));
    expect(store.actors().length).toBeGreaterThan(0);
    expect(store.actors().every((a) => a.pinned === false)).toBe(true);
  });
});
