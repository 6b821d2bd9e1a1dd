// Undo is per person (issue 16): each caller undoes and redoes only their own steps, and an undo leaves alone what
// someone else changed since (it restores only fields still as the step left them, and says so).
import { describe, expect, it } from 'vitest';
import type { ActorId, EditResult } from '../../../src/shared/domain';
import type { CallMeta } from '../../../src/shared/live-map';
import { runWithCallMeta } from '../../../src/main/api/call-context';
import {
  createActor,
  createTie,
  deleteElements,
  redo,
  renameActor,
  undo,
  updateActors,
} from '../../../src/main/commands';
import { openMapStore, type MapStore } from '../../../src/main/store';
import { firstKind, newMap, track } from '../store/temp-maps';

const FACILITATOR: CallMeta = {};
const SAM: CallMeta = { participant: { id: 'sam-device', name: 'Sam' } };
const as = <T>(meta: CallMeta, fn: () => T): T => runWithCallMeta(meta, fn);

function add(store: MapStore, meta: CallMeta, name: string): ActorId {
  return as(meta, () => createActor(store, { name, kindId: firstKind(store), x: 0, y: 0 })).changes.actorsPut[0]!.id;
}
const names = (store: MapStore) => store.actors().map((a) => a.name);

describe('per-person undo', () => {
  it('undoes each person’s own latest step, never someone else’s, with interleaved steps', () => {
    const store = newMap();
    const ada = add(store, FACILITATOR, 'Ada');
    add(store, SAM, 'Bea');
    as(FACILITATOR, () => renameActor(store, { id: ada, name: 'Ada Okafor' }));
    add(store, SAM, 'Cy');

    // The facilitator's Undo takes back their rename, not Sam's newer "Add Cy".
    const mine = as(FACILITATOR, () => undo(store));
    expect(mine.changes.actorsPut.map((a) => a.name)).toEqual(['Ada']);
    expect(names(store)).toEqual(['Ada', 'Bea', 'Cy']);
    expect(mine.history).toMatchObject({ undoLabel: 'Add “Ada”', redoLabel: 'Rename “Ada”' });

    // Sam's Undo takes back Sam's own steps, newest first.
    expect(as(SAM, () => store.history.state('sam-device'))).toMatchObject({ undoLabel: 'Add “Cy”', canRedo: false });
    as(SAM, () => undo(store));
    expect(names(store)).toEqual(['Ada', 'Bea']);
    as(SAM, () => undo(store));
    expect(names(store)).toEqual(['Ada']);
    expect(as(SAM, () => undo(store)).changes.actorsDeleted).toEqual([]); // Sam has nothing left; Ada stays
    expect(names(store)).toEqual(['Ada']);

    // Redo is per person too: Sam's new step does not throw away the facilitator's redo.
    add(store, SAM, 'Dee');
    as(FACILITATOR, () => redo(store));
    expect(names(store)).toEqual(['Ada Okafor', 'Dee']);
  });

  it('keeps who made each step in the file', () => {
    const store = newMap();
    add(store, SAM, 'Bea');
    add(store, FACILITATOR, 'Ada');
    store.close();
    const reopened = track(openMapStore(store.path));
    expect(reopened.history.state('sam-device')).toMatchObject({ canUndo: true, undoLabel: 'Add “Bea”' });
    expect(reopened.history.state(null)).toMatchObject({ canUndo: true, undoLabel: 'Add “Ada”' });
  });

  it('restores only what is still as the step left it when another person changed the same field since', () => {
    const store = newMap();
    const ada = add(store, FACILITATOR, 'Ada');
    as(FACILITATOR, () => updateActors(store, { ids: [ada], patch: { notes: 'Mine', description: 'Cook' } }));
    as(SAM, () => updateActors(store, { ids: [ada], patch: { notes: 'Sam’s' } }));

    const result: EditResult = as(FACILITATOR, () => undo(store));
    // The description goes back (nobody touched it); Sam's notes stay.
    expect(store.actors()[0]).toMatchObject({ notes: 'Sam’s', description: '' });
    expect(result.note).toBe(
      'Undone: Edit “Ada” — except what someone else has changed since, which stays as they left it.',
    );
    expect(result.history.undoLabel).toBe('Add “Ada”');
  });

  it('leaves an actor a step added when someone else has since changed or tied it', () => {
    const store = newMap();
    const ada = add(store, FACILITATOR, 'Ada');
    const bea = add(store, FACILITATOR, 'Bea');
    as(SAM, () => createTie(store, { fromId: ada, toId: bea }));
    const result = as(FACILITATOR, () => undo(store)); // "Add Bea": Sam's tie hangs on Bea
    expect(names(store)).toEqual(['Ada', 'Bea']);
    expect(store.ties()).toHaveLength(1);
    expect(result.note).toContain('Undone: Add “Bea” — except what someone else has changed since');
  });

  it('brings back a deleted tie only if both its actors are still there', () => {
    const store = newMap();
    const ada = add(store, FACILITATOR, 'Ada');
    const bea = add(store, FACILITATOR, 'Bea');
    const tie = as(FACILITATOR, () => createTie(store, { fromId: ada, toId: bea })).changes.tiesPut[0]!.id;
    as(FACILITATOR, () => deleteElements(store, { actorIds: [], tieIds: [tie] }));
    as(SAM, () => deleteElements(store, { actorIds: [ada], tieIds: [] }));
    const result = as(FACILITATOR, () => undo(store));
    expect(store.ties()).toEqual([]);
    expect(names(store)).toEqual(['Bea']);
    expect(result.note).toContain('Undone: Delete 1 tie');
    expect(result.history.undoLabel).toBe('Add tie from “Ada” to “Bea”'); // the next Undo goes further back, not stuck on this step
  });

  it('undoes exactly as before when nobody else edited', () => {
    const store = newMap();
    const ada = add(store, FACILITATOR, 'Ada');
    as(FACILITATOR, () => updateActors(store, { ids: [ada], patch: { notes: 'n', contact: { phone: '1' } } }));
    const result = as(FACILITATOR, () => undo(store));
    expect(result.note).toBeUndefined();
    expect(store.actors()[0]).toMatchObject({ notes: '', contact: { phone: '', email: '', other: '' } });
  });
});
