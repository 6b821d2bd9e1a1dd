// The history policy's merges: arrow-key nudges within a second are one step; naming a dropped actor joins its add.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { createActor, moveActors, renameActor, undo, redo } from '../../../src/main/commands';
import { NUDGE_MERGE_MS } from '../../../src/main/commands/move-actors';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';

afterEach(() => vi.useRealTimers());

function add(store: MapStore, name: string): ActorId {
  return createActor(store, { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
}
const at = (store: MapStore, id: ActorId) => {
  const a = store.actors().find((x) => x.id === id)!;
  return { x: a.x, y: a.y };
};
const nudge = (store: MapStore, id: ActorId, x: number) => moveActors(store, { moves: [{ id, x, y: 0 }], nudge: true });

describe('arrow-key nudges', () => {
  it('nudges within a second of each other are one undo step', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = newMap();
    const id = add(store, 'Ada');
    const steps = store.history.count();
    for (const x of [5, 10, 15]) {
      nudge(store, id, x);
      vi.advanceTimersByTime(NUDGE_MERGE_MS - 100);
    }
    expect(store.history.count()).toBe(steps + 1);
    expect(store.history.state().undoLabel).toBe('Move “Ada”');
    undo(store);
    expect(at(store, id)).toEqual({ x: 0, y: 0 });
    redo(store);
    expect(at(store, id)).toEqual({ x: 15, y: 0 });
  });

  it('a pause longer than the window, another edit, or an undo starts a new step', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = newMap();
    const id = add(store, 'Ada');
    const other = add(store, 'Ben');
    const base = store.history.count();
    nudge(store, id, 5);
    vi.advanceTimersByTime(NUDGE_MERGE_MS + 1);
    nudge(store, id, 10);
    expect(store.history.count()).toBe(base + 2);
    // A different set of actors is a different burst.
    moveActors(store, { moves: [{ id: other, x: 7, y: 0 }], nudge: true });
    nudge(store, id, 15);
    expect(store.history.count()).toBe(base + 4);
    undo(store);
    nudge(store, id, 20);
    expect(at(store, id)).toEqual({ x: 20, y: 0 });
    undo(store);
    expect(at(store, id)).toEqual({ x: 10, y: 0 });
  });

  it('a plain move (a drag) never joins a nudge', () => {
    const store = newMap();
    const id = add(store, 'Ada');
    const base = store.history.count();
    nudge(store, id, 5);
    moveActors(store, { moves: [{ id, x: 50, y: 0 }] });
    expect(store.history.count()).toBe(base + 2);
  });

  it('nudging back to the start leaves no empty step behind', () => {
    const store = newMap();
    const id = add(store, 'Ada');
    const base = store.history.count();
    nudge(store, id, 5);
    nudge(store, id, 0);
    expect(store.history.count()).toBe(base);
    expect(store.history.state().undoLabel).toBe('Add “Ada”');
  });
});

describe('naming a dropped actor', () => {
  it('joins the add: one undo removes the named actor, redo brings it back named', () => {
    const store = newMap();
    const id = add(store, 'New actor');
    renameActor(store, { id, name: 'Chats & Chai', namingNew: true });
    expect(store.history.count()).toBe(1);
    expect(store.history.state().undoLabel).toBe('Add “Chats & Chai”');
    undo(store);
    expect(store.actors()).toHaveLength(0);
    redo(store);
    expect(store.actors().map((a) => a.name)).toEqual(['Chats & Chai']);
  });

  it('is a step of its own when another edit came between, and a second rename never joins', () => {
    const store = newMap();
    const id = add(store, 'New actor');
    add(store, 'Ben');
    renameActor(store, { id, name: 'Ada', namingNew: true });
    expect(store.history.count()).toBe(3);
    const lone = add(store, 'New actor');
    renameActor(store, { id: lone, name: 'Cy', namingNew: true });
    renameActor(store, { id: lone, name: 'Cyrus', namingNew: true });
    expect(store.history.count()).toBe(5);
  });
});
