// Every edit command: what it writes, what it reports, its menu label, and that undo and redo reverse it exactly.
import { describe, expect, it } from 'vitest';
import type { Actor, ActorId, KindId, Tie, TieId, TieTypeId } from '../../../src/shared/domain';
import { todayIsoDate } from '../../../src/shared/dates';
import { blankActorDetails, blankTieDetails, handProvenance } from '../../../src/shared/record-defaults';
import {
  createActor,
  createTie,
  deleteElements,
  moveActors,
  redo,
  renameActor,
  setActorKind,
  undo,
} from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';

function addActor(store: MapStore, name: string, x = 0, y = 0): Actor {
  return createActor(store, { name, kindId: firstKind(store), x, y }).changes.actorsPut[0]!;
}

function addTie(store: MapStore, from: Actor, to: Actor, tieTypeId: TieTypeId | null = null): Tie {
  return createTie(store, { fromId: from.id, toId: to.id, tieTypeId, direction: 'mutual' }).changes.tiesPut[0]!;
}

/** The whole document minus history, to compare states before and after undo/redo. */
function records(store: MapStore) {
  return { actors: store.actors(), ties: store.ties() };
}

/** Runs `edit`, then checks undo returns to the state before and redo to the state after. */
function expectUndoable(store: MapStore, edit: () => void): void {
  const before = records(store);
  edit();
  const after = records(store);
  expect(after).not.toEqual(before);
  undo(store);
  expect(records(store)).toEqual(before);
  redo(store);
  expect(records(store)).toEqual(after);
}

describe('actors.create', () => {
  it('adds one actor and reports exactly it', () => {
    const store = newMap();
    const kindId = firstKind(store);
    const result = createActor(store, { name: 'Ada Okafor', kindId, x: 12.5, y: -40 });
    expect(result.changes).toEqual({
      actorsPut: [
        {
          id: expect.any(String),
          name: 'Ada Okafor',
          kindId,
          x: 12.5,
          y: -40,
          ...blankActorDetails(handProvenance(todayIsoDate())),
        },
      ],
      actorsDeleted: [],
      tiesPut: [],
      tiesDeleted: [],
    });
    expect(store.actors()).toEqual(result.changes.actorsPut);
    expect(result.history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Add “Ada Okafor”', redoLabel: null });
  });

  it('names a dropped actor "New actor" until it is named, and undoes and redoes', () => {
    const store = newMap();
    expectUndoable(store, () => expect(addActor(store, '').name).toBe('New actor'));
    const result = undo(store);
    expect(result.changes.actorsDeleted).toHaveLength(1);
    expect(result.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Add “New actor”' });
  });

  it('refuses a kind the map does not have, and changes nothing', () => {
    const store = newMap();
    expect(() => createActor(store, { name: 'X', kindId: 'no-such-kind' as KindId, x: 0, y: 0 })).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'That kind of actor is not in this map.' }),
    );
    expect(store.counts()).toEqual({ actors: 0, ties: 0, history: 0 });
  });
});

describe('actors.rename', () => {
  it('renames, undoes and redoes, with the old name in the label', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    expectUndoable(store, () => {
      const result = renameActor(store, { id: ada.id, name: 'Ada Okafor' });
      expect(result.changes.actorsPut).toEqual([{ ...ada, name: 'Ada Okafor' }]);
      expect(result.history.undoLabel).toBe('Rename “Ada”');
    });
  });

  it('refuses an empty name and a missing actor', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    expect(() => renameActor(store, { id: ada.id, name: '' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => renameActor(store, { id: 'gone' as ActorId, name: 'B' })).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'That actor is no longer in the map.' }),
    );
    expect(store.actors()).toEqual([ada]);
    expect(store.counts().history).toBe(1);
  });
});

describe('actors.setKind', () => {
  it('changes the kind of several actors in one step', () => {
    const store = newMap();
    const statutory = store.kinds().find((k) => k.name === 'Statutory service')!.id;
    const actors = [addActor(store, 'A'), addActor(store, 'B'), addActor(store, 'C')];
    expectUndoable(store, () => {
      const result = setActorKind(store, { ids: actors.map((a) => a.id), kindId: statutory });
      expect(result.changes.actorsPut.map((a) => a.kindId)).toEqual([statutory, statutory, statutory]);
      expect(result.history.undoLabel).toBe('Change kind of 3 actors');
    });
  });

  it('changes nothing if any chosen actor is gone', () => {
    const store = newMap();
    const statutory = store.kinds()[5]!.id;
    const a = addActor(store, 'A');
    expect(() => setActorKind(store, { ids: [a.id, 'gone' as ActorId], kindId: statutory })).toThrow(
      expect.objectContaining({ code: 'not-found', message: '1 of the chosen actors is no longer in the map.' }),
    );
    expect(store.actors()).toEqual([a]);
  });
});

describe('actors.move', () => {
  it('moves many actors as one undo step', () => {
    const store = newMap();
    const [a, b, c] = [addActor(store, 'A', 0, 0), addActor(store, 'B', 100, 0), addActor(store, 'C', 200, 0)];
    expectUndoable(store, () => {
      const result = moveActors(store, {
        moves: [
          { id: a.id, x: 10, y: 50 },
          { id: b.id, x: 110, y: 50 },
          { id: c.id, x: 210, y: 50 },
        ],
      });
      expect(result.changes.actorsPut.map((m) => [m.x, m.y])).toEqual([
        [10, 50],
        [110, 50],
        [210, 50],
      ]);
      expect(result.history.undoLabel).toBe('Move 3 actors');
    });
    // One undo put all three back.
    undo(store);
    expect(store.actors().map((m) => m.y)).toEqual([0, 0, 0]);
    expect(store.document().history.undoLabel).toBe('Add “C”');
  });

  it('records nothing when nothing moved, and names a single moved actor', () => {
    const store = newMap();
    const a = addActor(store, 'Ada', 5, 5);
    const still = moveActors(store, { moves: [{ id: a.id, x: 5, y: 5 }] });
    expect(still.changes.actorsPut).toEqual([]);
    expect(store.counts().history).toBe(1);
    expect(moveActors(store, { moves: [{ id: a.id, x: 6, y: 5 }] }).history.undoLabel).toBe('Move “Ada”');
  });
});

describe('ties.create', () => {
  it('draws a tie with its type and direction, undoable', () => {
    const store = newMap();
    const referral = store.tieTypes().find((t) => t.name === 'Referral')!.id;
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    expectUndoable(store, () => {
      const result = createTie(store, { fromId: a.id, toId: b.id, tieTypeId: referral });
      expect(result.changes.tiesPut).toEqual([
        {
          id: expect.any(String),
          fromId: a.id,
          toId: b.id,
          tieTypeId: referral,
          direction: 'one-way',
          ...blankTieDetails(handProvenance(todayIsoDate())),
        },
      ]);
      expect(result.history.undoLabel).toBe('Add tie from “Ada” to “Maple”');
    });
  });

  it('refuses a self-tie, a missing actor, an unknown type and a duplicate, changing nothing', () => {
    const store = newMap();
    const referral = store.tieTypes()[0]!.id;
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    addTie(store, a, b, referral);
    const before = { ...records(store), history: store.document().history };

    expect(() => createTie(store, { fromId: a.id, toId: a.id })).toThrow(/cannot have a tie to itself/);
    expect(() => createTie(store, { fromId: a.id, toId: 'gone' as ActorId })).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'That actor is no longer in the map.' }),
    );
    expect(() => createTie(store, { fromId: a.id, toId: b.id, tieTypeId: 'nope' as TieTypeId })).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'That type of tie is not in this map.' }),
    );
    expect(() => createTie(store, { fromId: b.id, toId: a.id, tieTypeId: referral })).toThrow(
      'There is already a referral tie between “Maple” and “Ada”.',
    );
    expect({ ...records(store), history: store.document().history }).toEqual(before);
    // A different type between the same two actors is a different tie.
    expect(() => addTie(store, a, b, store.tieTypes()[1]!.id)).not.toThrow();
  });
});

describe('elements.delete', () => {
  it('deletes actors with their ties, and undo brings the actors and ties back', () => {
    const store = newMap();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((n) => addActor(store, n)) as [Actor, Actor, Actor, Actor];
    const ties = [
      addTie(store, a, b),
      addTie(store, b, c),
      addTie(store, c, a),
      addTie(store, c, d),
      addTie(store, d, b),
    ];
    const before = records(store);

    const result = deleteElements(store, { actorIds: [a.id, b.id], tieIds: [] });
    expect(result.changes.actorsDeleted.sort()).toEqual([a.id, b.id].sort());
    expect(result.changes.tiesDeleted.sort()).toEqual([ties[0]!.id, ties[1]!.id, ties[2]!.id, ties[4]!.id].sort());
    expect(result.history.undoLabel).toBe('Delete 2 actors and 4 ties');
    expect(records(store)).toEqual({ actors: [c, d], ties: [ties[3]] });

    const undone = undo(store);
    expect(undone.changes.actorsPut).toHaveLength(2);
    expect(undone.changes.tiesPut).toHaveLength(4);
    expect({ actors: sortById(store.actors()), ties: sortById(store.ties()) }).toEqual({
      actors: sortById(before.actors),
      ties: sortById(before.ties),
    });
    redo(store);
    expect(records(store)).toEqual({ actors: [c, d], ties: [ties[3]] });
  });

  it('deletes chosen ties alone, labelled by count or name', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const tie = addTie(store, a, b);
    expectUndoable(store, () => {
      expect(deleteElements(store, { actorIds: [], tieIds: [tie.id] }).history.undoLabel).toBe('Delete 1 tie');
    });
    const lone = addActor(store, 'Lone');
    expect(deleteElements(store, { actorIds: [lone.id], tieIds: [] }).history.undoLabel).toBe('Delete “Lone”');
  });

  it('changes nothing if one of the chosen elements is already gone', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    addTie(store, a, b);
    const before = records(store);
    expect(() => deleteElements(store, { actorIds: [a.id], tieIds: ['gone' as TieId] })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(records(store)).toEqual(before);
  });
});

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((x, y) => x.id.localeCompare(y.id));
}
