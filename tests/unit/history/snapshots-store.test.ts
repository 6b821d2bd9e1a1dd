// Snapshots in the map file: save, list, open, rename, delete, survive reopening; restore is one undo step.
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../../src/shared/date-words';
import Database from 'better-sqlite3';
import type { SnapshotId } from '../../../src/shared/history';
import {
  createActor,
  createTie,
  deleteElements,
  currentState,
  restoreSnapshot,
  saveSnapshot,
  undo,
  redo,
} from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { expectUndoable, run } from '../commands/run-operation';
import { firstKind, fixtureCopy, newMap, track } from '../store/temp-maps';

describe('snapshots in the store', () => {
  it('saves a named snapshot of actors, ties and taxonomy, lists it newest first, and keeps it across reopening', () => {
    const store = newMap();
    const kindId = firstKind(store);
    const ada = createActor(store, { name: 'Ada', kindId, x: 0, y: 0 }).changes.actorsPut[0]!;
    const pantry = createActor(store, { name: 'Pantry', kindId, x: 200, y: 0 }).changes.actorsPut[0]!;
    createTie(store, { fromId: ada.id, toId: pantry.id });
    const first = saveSnapshot(store, { name: 'Workshop 1 — 14 March' }, new Date('2026-03-14T18:00:00'));
    createActor(store, { name: 'Joe', kindId, x: 0, y: 200 });
    const second = saveSnapshot(store, {}, new Date('2026-04-02T10:05:00'));

    expect(first).toMatchObject({ name: 'Workshop 1 — 14 March', actorCount: 2, tieCount: 1 });
    expect(second).toMatchObject({
      name: `Snapshot — ${dateInWords(new Date('2026-04-02T10:05:00'))}, 10:05`,
      actorCount: 3,
      tieCount: 1,
    });
    store.close();

    const reopened = track(openMapStore(store.path));
    expect(reopened.snapshots.list().map((s) => s.name)).toEqual([
      `Snapshot — ${dateInWords(new Date('2026-04-02T10:05:00'))}, 10:05`,
      'Workshop 1 — 14 March',
    ]);
    const opened = reopened.snapshots.get(first.id);
    expect(opened.content.actors.map((a) => a.name)).toEqual(['Ada', 'Pantry']);
    expect(opened.content.ties).toHaveLength(1);
    expect(opened.content.kinds).toEqual(reopened.kinds());
  });

  it('is not an edit: saving leaves the undo history as it was', () => {
    const store = newMap();
    createActor(store, { name: 'Ada', kindId: firstKind(store), x: 0, y: 0 });
    const history = store.document().history;
    saveSnapshot(store, { name: 'Before the break' });
    expect(store.document().history).toEqual(history);
    undo(store);
    expect(store.snapshots.list()).toHaveLength(1);
  });

  it('renames and deletes, and says so plainly when the snapshot is gone', () => {
    const store = newMap();
    const saved = saveSnapshot(store, { name: 'Draft' });
    expect(store.snapshots.rename(saved.id, 'Workshop 2 — 14 March').name).toBe('Workshop 2 — 14 March');
    store.snapshots.delete(saved.id);
    expect(store.snapshots.list()).toEqual([]);
    expect(() => store.snapshots.get(saved.id)).toThrow('That snapshot is no longer in this map.');
    expect(() => store.snapshots.delete('nope' as SnapshotId)).toThrow('no longer in this map');
  });

  it('restores actors, ties and taxonomy as one undo step, itself undoable and redoable', () => {
    const store = newMap();
    const kindId = firstKind(store);
    const ada = createActor(store, { name: 'Ada', kindId, x: 0, y: 0 }).changes.actorsPut[0]!;
    const pantry = createActor(store, { name: 'Pantry', kindId, x: 200, y: 0 }).changes.actorsPut[0]!;
    createTie(store, { fromId: ada.id, toId: pantry.id });
    const saved = saveSnapshot(store, { name: 'Workshop 1' });
    const then = currentState(store);

    // Since the snapshot: an actor renamed, one added, the tie deleted with an actor, a new kind and a field.
    run(store, 'actors.update', { ids: [ada.id], patch: { name: 'Ada Okafor' } });
    const joe = createActor(store, { name: 'Joe', kindId, x: 0, y: 300 }).changes.actorsPut[0]!;
    deleteElements(store, { actorIds: [pantry.id], tieIds: [] });
    run(store, 'kinds.create', { name: 'Faith group', colour: '#aa5500', shape: 'circle' });
    run(store, 'customFields.create', { name: 'Influence', type: 'number' });
    createActor(store, {
      name: 'St Mary’s',
      kindId: store.kinds().find((k) => k.name === 'Faith group')!.id,
      x: 0,
      y: 0,
    });
    const now = currentState(store);
    const stepsBefore = store.counts().history;

    const result = restoreSnapshot(store, { id: saved.id });
    expect(currentState(store)).toEqual(then);
    expect(store.counts().history).toBe(stepsBefore + 1);
    expect(result.history.undoLabel).toBe('Restore snapshot “Workshop 1”');
    expect(result.changes.actorsDeleted).toContain(joe.id);
    expect(result.changes.taxonomy?.kinds.map((k) => k.name)).not.toContain('Faith group');

    undo(store);
    expect(currentState(store)).toEqual(now);
    redo(store);
    expect(currentState(store)).toEqual(then);
  });

  it('restoring a snapshot identical to the map records no step', () => {
    const store = newMap();
    createActor(store, { name: 'Ada', kindId: firstKind(store), x: 0, y: 0 });
    const saved = saveSnapshot(store, {});
    const steps = store.counts().history;
    restoreSnapshot(store, { id: saved.id });
    expect(store.counts().history).toBe(steps);
  });

  it('restore passes the shared undo check', () => {
    const store = newMap();
    const kindId = firstKind(store);
    const saved = saveSnapshot(store, {});
    createActor(store, { name: 'Ada', kindId, x: 0, y: 0 });
    expectUndoable(store, () => restoreSnapshot(store, { id: saved.id }));
  });

  it('gives a map from before snapshots (version 1) an empty History once upgraded', () => {
    const store = track(openMapStore(fixtureCopy('map-v1.caremap')));
    expect(store.snapshots.list()).toEqual([]);
    const saved = saveSnapshot(store, { name: 'First snapshot' });
    expect(saved.actorCount).toBe(store.actors().length);
    store.close();
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT name FROM snapshots').all()).toEqual([{ name: 'First snapshot' }]);
    db.close();
  });

  it('keeps the guided session’s prompts in the map; an empty prompt puts the default back', () => {
    const store = newMap();
    store.sessionPrompts.set('question', 'Who helps older people in Millbrook?');
    store.sessionPrompts.set('offers', 'What does each one offer?');
    store.sessionPrompts.set('offers', '');
    store.close();
    const reopened = track(openMapStore(store.path));
    expect(reopened.sessionPrompts.all()).toEqual({ question: 'Who helps older people in Millbrook?' });
  });
});
