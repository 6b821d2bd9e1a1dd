// The undo history: kept in the map across reopening, redo cleared by a new edit, capped, untouched by refusals.
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { createActor, moveActors, redo, renameActor, undo } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { firstKind, newMap, tempDir, track } from '../store/temp-maps';

describe('history', () => {
  it('survives closing and reopening the map, for undo and for redo', () => {
    const store = newMap();
    const a = createActor(store, { name: 'Ada', kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
    moveActors(store, { moves: [{ id: a.id, x: 300, y: 200 }] });
    renameActor(store, { id: a.id, name: 'Ada Okafor' });
    undo(store); // the rename, now redoable
    store.close();

    const reopened = track(openMapStore(store.path));
    expect(reopened.document().history).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: 'Move “Ada”',
      redoLabel: 'Rename “Ada”',
    });
    undo(reopened);
    expect(reopened.actors()[0]).toMatchObject({ name: 'Ada', x: 0, y: 0 });
    redo(reopened);
    redo(reopened);
    expect(reopened.actors()[0]).toMatchObject({ name: 'Ada Okafor', x: 300, y: 200 });
    expect(reopened.document().history.canRedo).toBe(false);
  });

  it('drops undone steps when a new edit is made', () => {
    const store = newMap();
    const kindId = firstKind(store);
    createActor(store, { name: 'A', kindId, x: 0, y: 0 });
    createActor(store, { name: 'B', kindId, x: 0, y: 0 });
    undo(store);
    expect(store.document().history).toMatchObject({ canRedo: true, redoLabel: 'Add “B”' });
    const result = createActor(store, { name: 'C', kindId, x: 0, y: 0 });
    expect(result.history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Add “C”', redoLabel: null });
    expect(redo(store).changes.actorsPut).toEqual([]);
    expect(store.actors().map((a) => a.name)).toEqual(['A', 'C']);
  });

  it('undoes in reverse order and stops harmlessly at the start', () => {
    const store = newMap();
    const kindId = firstKind(store);
    for (const name of ['A', 'B', 'C']) createActor(store, { name, kindId, x: 0, y: 0 });
    expect([undo(store), undo(store), undo(store)].map((r) => r.changes.actorsDeleted.length)).toEqual([1, 1, 1]);
    const extra = undo(store);
    expect(extra.changes).toEqual({ actorsPut: [], actorsDeleted: [], tiesPut: [], tiesDeleted: [] });
    expect(extra.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Add “A”' });
  });

  it('keeps at most the configured number of steps, dropping the oldest', () => {
    const store = newMap(tempDir(), 'Capped', { historyLimit: 3 });
    const kindId = firstKind(store);
    for (const name of ['A', 'B', 'C', 'D', 'E']) createActor(store, { name, kindId, x: 0, y: 0 });
    expect(store.counts().history).toBe(3);
    undo(store);
    undo(store);
    const last = undo(store);
    expect(last.history.canUndo).toBe(false);
    expect(store.actors().map((a) => a.name)).toEqual(['A', 'B']);
  });

  it('records nothing for a refused edit', () => {
    const store = newMap();
    createActor(store, { name: 'A', kindId: firstKind(store), x: 0, y: 0 });
    expect(() => moveActors(store, { moves: [{ id: 'gone' as ActorId, x: 1, y: 1 }] })).toThrow();
    expect(store.counts().history).toBe(1);
    expect(store.document().history.undoLabel).toBe('Add “A”');
  });
});
