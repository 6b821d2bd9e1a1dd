// The history policy's merges: one arrow-key burst's nudges are one step; naming a dropped actor joins its add.
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { createActor, moveActors, renameActor, undo, redo } from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';

function add(store: MapStore, name: string): ActorId {
  return createActor(store, { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
}
const at = (store: MapStore, id: ActorId) => {
  const a = store.actors().find((x) => x.id === id)!;
  return { x: a.x, y: a.y };
};
const nudge = (store: MapStore, id: ActorId, x: number, burst = 'b1') =>
  moveActors(store, { moves: [{ id, x, y: 0 }], nudge: burst });

describe('arrow-key nudges', () => {
  it('the nudges of one burst are one undo step', () => {
    const store = newMap();
    const id = add(store, 'Ada');
    const steps = store.history.count();
    for (const x of [5, 10, 15]) nudge(store, id, x);
    expect(store.history.count()).toBe(steps + 1);
    expect(store.history.state().undoLabel).toBe('Move “Ada”');
    undo(store);
    expect(at(store, id)).toEqual({ x: 0, y: 0 });
    redo(store);
    expect(at(store, id)).toEqual({ x: 15, y: 0 });
  });

  it('a new burst, other actors, another edit, or an undo starts a new step', () => {
    const store = newMap();
    const id = add(store, 'Ada');
    const other = add(store, 'Ben');
    const base = store.history.count();
    nudge(store, id, 5);
    nudge(store, id, 10, 'b2');
    expect(store.history.count()).toBe(base + 2);
    // Other actors in the same burst are a step of their own.
    moveActors(store, { moves: [{ id: other, x: 7, y: 0 }], nudge: 'b2' });
    nudge(store, id, 15, 'b2');
    expect(store.history.count()).toBe(base + 4);
    undo(store);
    nudge(store, id, 20, 'b2');
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
