// Kinds in the taxonomy editor: add, rename (every actor follows), merge, delete with and without reassigning, undo of each.
import { describe, expect, it } from 'vitest';
import type { Actor, Kind } from '../../../src/shared/domain';
import { undo } from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { newMap } from '../store/temp-maps';
import { expectUndoable, refusal, run } from './run-operation';

const kindNamed = (store: MapStore, name: string): Kind => store.kinds().find((k) => k.name === name)!;

function addActor(store: MapStore, name: string, kind: string): Actor {
  return run(store, 'actors.create', { name, kindId: kindNamed(store, kind).id, x: 0, y: 0 }).changes.actorsPut[0]!;
}

function kindNamesOfActors(store: MapStore): string[] {
  const names = new Map(store.kinds().map((k) => [k.id, k.name]));
  return store.actors().map((a) => `${a.name}: ${names.get(a.kindId)}`);
}

describe('kinds.create and kinds.update', () => {
  it('adds a kind at the end of the list, with the whole taxonomy in the change set', () => {
    const store = newMap();
    expectUndoable(store, () => {
      const result = run(store, 'kinds.create', { name: ' Faith group ', colour: '#117733', shape: 'hexagon' });
      expect(result.history.undoLabel).toBe('Add kind “Faith group”');
      expect(result.changes.taxonomy?.kinds.at(-1)).toMatchObject({
        name: 'Faith group',
        colour: '#117733',
        shape: 'hexagon',
        sortOrder: 6,
      });
      expect(result.changes.taxonomy?.careOffers).toHaveLength(10);
    });
    // Undo and redo of a taxonomy edit carry the taxonomy too, so the renderer's legend follows.
    expect(undo(store).changes.taxonomy?.kinds).toHaveLength(6);
  });

  it('renames a kind: every actor of it follows, since actors hold the id', () => {
    const store = newMap();
    addActor(store, 'Millbrook GP', 'Statutory service');
    addActor(store, 'Ada', 'Individual active citizen');
    const statutory = kindNamed(store, 'Statutory service');
    expectUndoable(store, () => {
      const result = run(store, 'kinds.update', { id: statutory.id, name: 'Public service', colour: '#aa3377' });
      expect(result.history.undoLabel).toBe('Rename kind “Statutory service” to “Public service”');
      expect(result.changes.actorsPut).toEqual([]);
    });
    expect(kindNamesOfActors(store)).toEqual(['Millbrook GP: Public service', 'Ada: Individual active citizen']);
    expect(run(store, 'kinds.update', { id: statutory.id, shape: 'circle' }).history.undoLabel).toBe(
      'Edit kind “Public service”',
    );
  });

  it('refuses a name another kind has (whatever the capitals), an empty name and a bad colour', () => {
    const store = newMap();
    const hub = kindNamed(store, 'Community hub or voluntary organisation');
    expect(refusal(store, 'kinds.update', { id: hub.id, name: 'statutory SERVICE' })).toMatchObject({
      code: 'name-taken',
      message: 'There is already a kind called “Statutory service”. Choose another name.',
    });
    expect(refusal(store, 'kinds.create', { name: 'Statutory Service', colour: '#000000', shape: 'circle' }).code).toBe(
      'name-taken',
    );
    expect(refusal(store, 'kinds.create', { name: '  ', colour: '#000000', shape: 'circle' }).message).toBe(
      'A kind needs a name.',
    );
    expect(refusal(store, 'kinds.create', { name: 'Red', colour: 'red', shape: 'circle' }).message).toBe(
      'A colour is written #rrggbb, for example #0072B2.',
    );
    expect(refusal(store, 'kinds.create', { name: 'Red', colour: '#ff00001', shape: 'circle' }).code).toBe(
      'invalid-input',
    );
    expect(refusal(store, 'kinds.update', { id: hub.id }).message).toBe('There is nothing to change.');
    // Changing only the capitals of its own name is allowed.
    expect(() =>
      run(store, 'kinds.update', { id: hub.id, name: 'Community Hub or Voluntary Organisation' }),
    ).not.toThrow();
  });
});

describe('kinds.merge', () => {
  it('moves every actor of one kind into another and removes it; one undo brings back the kind and its actors', () => {
    const store = newMap();
    addActor(store, 'Maple Street Mutual Aid', 'Grassroots or mutual aid group');
    addActor(store, 'Knit and Natter', 'Grassroots or mutual aid group');
    addActor(store, 'The Old Library', 'Community hub or voluntary organisation');
    const grassroots = kindNamed(store, 'Grassroots or mutual aid group');
    const hub = kindNamed(store, 'Community hub or voluntary organisation');
    const before = kindNamesOfActors(store);
    expectUndoable(store, () => {
      const result = run(store, 'kinds.merge', { fromId: grassroots.id, intoId: hub.id });
      expect(result.history.undoLabel).toBe(
        'Merge kind “Grassroots or mutual aid group” into “Community hub or voluntary organisation”',
      );
      expect(result.changes.actorsPut.map((a) => a.kindId)).toEqual([hub.id, hub.id]);
      expect(result.changes.taxonomy?.kinds.map((k) => k.id)).not.toContain(grassroots.id);
    });
    expect(store.kinds()).toHaveLength(5);
    expect(new Set(store.actors().map((a) => a.kindId))).toEqual(new Set([hub.id]));
    const undone = undo(store);
    expect(undone.changes.taxonomy?.kinds).toContainEqual(grassroots);
    expect(kindNamesOfActors(store)).toEqual(before);
  });

  it('refuses merging a kind into itself or into a missing kind', () => {
    const store = newMap();
    const hub = kindNamed(store, 'Community hub or voluntary organisation');
    expect(refusal(store, 'kinds.merge', { fromId: hub.id, intoId: hub.id }).message).toBe(
      'Choose two different kinds to merge.',
    );
    expect(refusal(store, 'kinds.merge', { fromId: hub.id, intoId: 'gone' })).toMatchObject({
      code: 'not-found',
      where: { field: 'intoId' },
    });
  });
});

describe('kinds.delete', () => {
  it('deletes an unused kind outright, undoably', () => {
    const store = newMap();
    const social = kindNamed(store, 'Social enterprise or ethical business');
    expectUndoable(store, () => {
      expect(run(store, 'kinds.delete', { id: social.id }).history.undoLabel).toBe(
        'Delete kind “Social enterprise or ethical business”',
      );
    });
    expect(store.kinds().map((k) => k.id)).not.toContain(social.id);
  });

  it('refuses to delete a kind in use without saying where its actors go, naming how many', () => {
    const store = newMap();
    addActor(store, 'Millbrook GP', 'Statutory service');
    addActor(store, 'Job Centre', 'Statutory service');
    const statutory = kindNamed(store, 'Statutory service');
    expect(refusal(store, 'kinds.delete', { id: statutory.id })).toMatchObject({
      code: 'in-use',
      message: '2 actors are of the kind “Statutory service”. Choose a kind to move them to before deleting this one.',
      where: { field: 'reassignTo' },
    });
    expect(refusal(store, 'kinds.delete', { id: statutory.id, reassignTo: statutory.id }).code).toBe('invalid-input');
    expect(refusal(store, 'kinds.delete', { id: statutory.id, reassignTo: 'gone' }).code).toBe('not-found');
  });

  it('deletes a kind in use, moving its actors to the kind given; undo restores both', () => {
    const store = newMap();
    addActor(store, 'Millbrook GP', 'Statutory service');
    addActor(store, 'Ada', 'Individual active citizen');
    const statutory = kindNamed(store, 'Statutory service');
    const hub = kindNamed(store, 'Community hub or voluntary organisation');
    expectUndoable(store, () => {
      const result = run(store, 'kinds.delete', { id: statutory.id, reassignTo: hub.id });
      expect(result.history.undoLabel).toBe('Delete kind “Statutory service”');
    });
    expect(kindNamesOfActors(store)).toEqual([
      'Millbrook GP: Community hub or voluntary organisation',
      'Ada: Individual active citizen',
    ]);
    undo(store);
    expect(kindNamesOfActors(store)).toEqual(['Millbrook GP: Statutory service', 'Ada: Individual active citizen']);
    expect(store.kinds()).toContainEqual(statutory);
  });

  it('keeps at least one kind in the map', () => {
    const store = newMap();
    const kinds = store.kinds();
    for (const kind of kinds.slice(1)) run(store, 'kinds.delete', { id: kind.id });
    expect(refusal(store, 'kinds.delete', { id: kinds[0]!.id }).message).toBe(
      'A map needs at least one kind of actor, so the last one cannot be deleted.',
    );
  });
});
