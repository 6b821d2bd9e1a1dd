// Stale edits (issue 16): an edit made on an older view merges field by field, or is refused with a sentence naming
// the record, when it would overwrite a field someone changed since; deletes and edits of deleted records alike.
import { describe, expect, it } from 'vitest';
import type { ActorId, EditResult } from '../../../src/shared/domain';
import { CaremapError } from '../../../src/shared/errors';
import type { CallMeta } from '../../../src/shared/live-map';
import { runWithCallMeta } from '../../../src/main/api/call-context';
import {
  createActor,
  createTie,
  deleteElements,
  moveActors,
  redo,
  renameActor,
  setActorKind,
  undo,
  updateActors,
  updateTies,
} from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';

const as = <T>(meta: CallMeta, fn: () => T): T => runWithCallMeta(meta, fn);
const refused = (fn: () => unknown): CaremapError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error('The edit was not refused');
};

function withAda(): { store: MapStore; ada: ActorId; version: number } {
  const store = newMap();
  const ada = createActor(store, { name: 'Ada', kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
  return { store, ada, version: store.changeCount() };
}

describe('stale edits', () => {
  it('merges an edit of a field nobody changed since the view’s version', () => {
    const { store, ada, version } = withAda();
    as({ viewId: 'A' }, () => updateActors(store, { ids: [ada], patch: { notes: 'Runs the lunch club' } }));
    const result = as({ viewId: 'B', baseVersion: version }, () => renameActor(store, { id: ada, name: 'Ada Okafor' }));
    expect(result.changes.actorsPut[0]).toMatchObject({ name: 'Ada Okafor', notes: 'Runs the lunch club' });
    expect(store.actors()[0]).toMatchObject({ name: 'Ada Okafor', notes: 'Runs the lunch club' });
  });

  it('refuses an edit of a field changed since, naming the record and saying what it holds now', () => {
    const { store, ada, version } = withAda();
    as({ viewId: 'A' }, () => renameActor(store, { id: ada, name: 'Ada Lovelace' }));
    const before = store.document();
    const error = refused(() =>
      as({ viewId: 'B', baseVersion: version }, () => renameActor(store, { id: ada, name: 'Ada Okafor' })),
    );
    expect(error.code).toBe('stale-edit');
    expect(error.message).toBe(
      '“Ada Lovelace”’s details were changed on another device a moment ago — here is what they are now: name “Ada Lovelace”. Your change was not made; make it again if you still want it.',
    );
    expect(error.toData().current?.actors[0]).toMatchObject({ id: ada, name: 'Ada Lovelace' });
    expect(store.document()).toEqual(before);
  });

  it('lets an edit through that is based on the version after the other change', () => {
    const { store, ada } = withAda();
    as({ viewId: 'A' }, () => renameActor(store, { id: ada, name: 'Ada Lovelace' }));
    const seen = store.changeCount();
    as({ viewId: 'B', baseVersion: seen }, () => renameActor(store, { id: ada, name: 'Ada Okafor' }));
    expect(store.actors()[0]!.name).toBe('Ada Okafor');
  });

  it('counts nested fields one by one: a phone and an email filled in on two views both stay', () => {
    const { store, ada, version } = withAda();
    as({}, () => updateActors(store, { ids: [ada], patch: { contact: { phone: '0123' } } }));
    as({ baseVersion: version }, () => updateActors(store, { ids: [ada], patch: { contact: { email: 'a@b.org' } } }));
    expect(store.actors()[0]!.contact).toMatchObject({ phone: '0123', email: 'a@b.org' });
    const error = refused(() =>
      as({ baseVersion: version }, () => updateActors(store, { ids: [ada], patch: { contact: { phone: '999' } } })),
    );
    expect(error.message).toContain('phone “0123”');
  });

  it('refuses a move or a change of kind over someone else’s, and merges them with other fields', () => {
    const { store, ada, version } = withAda();
    const otherKind = store.kinds()[1]!.id;
    as({}, () => moveActors(store, { moves: [{ id: ada, x: 50, y: 60 }] }));
    as({ baseVersion: version }, () => setActorKind(store, { ids: [ada], kindId: otherKind }));
    expect(store.actors()[0]).toMatchObject({ x: 50, y: 60, kindId: otherKind });
    const error = refused(() =>
      as({ baseVersion: version }, () => moveActors(store, { moves: [{ id: ada, x: 1, y: 1 }] })),
    );
    expect(error.message).toContain('place on the map');
    expect(store.actors()[0]).toMatchObject({ x: 50, y: 60 });
  });

  it('refuses a delete of a record changed since, and deletes one that was not', () => {
    const { store, ada, version } = withAda();
    const bea = createActor(store, { name: 'Bea', kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
    const seen = store.changeCount();
    as({}, () => updateActors(store, { ids: [ada], patch: { notes: 'Moved house' } }));
    const error = refused(() =>
      as({ baseVersion: seen }, () => deleteElements(store, { actorIds: [ada], tieIds: [] })),
    );
    expect(error.code).toBe('stale-edit');
    expect(error.message).toBe(
      '“Ada” was changed on another device a moment ago, so it was not deleted — here is what it is now: notes “Moved house”. Delete it again if you still want to.',
    );
    expect(store.actors().map((a) => a.name)).toEqual(['Ada', 'Bea']);
    as({ baseVersion: seen }, () => deleteElements(store, { actorIds: [bea], tieIds: [] }));
    expect(store.actors().map((a) => a.name)).toEqual(['Ada']);
    expect(version).toBeLessThan(seen);
  });

  it('says a record was deleted elsewhere when a view edits it', () => {
    const { store, ada, version } = withAda();
    as({}, () => deleteElements(store, { actorIds: [ada], tieIds: [] }));
    const error = refused(() => as({ baseVersion: version }, () => renameActor(store, { id: ada, name: 'Ada O.' })));
    expect(error.code).toBe('stale-edit');
    expect(error.message).toContain('That actor was deleted on another device a moment ago');
  });

  it('checks ties too, naming them by their two actors', () => {
    const { store, ada } = withAda();
    const bea = createActor(store, { name: 'Bea', kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
    const tie = createTie(store, { fromId: ada, toId: bea }).changes.tiesPut[0]!.id;
    const seen = store.changeCount();
    as({}, () => updateTies(store, { ids: [tie], patch: { notes: 'Weekly' } }));
    as({ baseVersion: seen }, () => updateTies(store, { ids: [tie], patch: { strength: 'strong' } }));
    expect(store.ties()[0]).toMatchObject({ notes: 'Weekly', strength: 'strong' });
    const error = refused(() =>
      as({ baseVersion: seen }, () => updateTies(store, { ids: [tie], patch: { notes: 'Monthly' } })),
    );
    expect(error.message).toContain(
      'The details of the tie from “Ada” to “Bea” were changed on another device a moment ago — here is what they are now: notes “Weekly”.',
    );
  });

  it('keeps private values out of the sentence and details for a joined device', () => {
    const { store, ada, version } = withAda();
    as({}, () => updateActors(store, { ids: [ada], patch: { notes: 'Lives alone since March' } }));
    const error = refused(() =>
      as({ participant: { id: 'p1', name: 'Sam' }, baseVersion: version }, () =>
        updateActors(store, { ids: [ada], patch: { notes: 'x' } }),
      ),
    );
    expect(error.message).not.toContain('Lives alone');
    expect(error.toData().current).toEqual({ actors: [], ties: [] });
  });

  it('checks nothing for callers that send no version (the CLI, old callers)', () => {
    const { store, ada } = withAda();
    renameActor(store, { id: ada, name: 'Ada Lovelace' });
    const result: EditResult = renameActor(store, { id: ada, name: 'Ada Okafor' });
    expect(result.changes.actorsPut[0]!.name).toBe('Ada Okafor');
  });

  it('versions every write, undo and redo included, field by field', () => {
    const { store, ada } = withAda();
    const v0 = store.changeCount();
    renameActor(store, { id: ada, name: 'Ada L.' });
    const v1 = store.changeCount();
    expect(store.recordVersions('actors', [ada]).get(ada)).toEqual({ version: v1, fields: { name: v1 } });
    as({}, () => updateActors(store, { ids: [ada], patch: { notes: 'n' } }));
    const v2 = store.changeCount();
    expect(store.recordVersions('actors', [ada]).get(ada)).toEqual({ version: v2, fields: { name: v1, notes: v2 } });
    expect(v0).toBeLessThan(v1);
    undo(store);
    const v3 = store.changeCount();
    expect(store.recordVersions('actors', [ada]).get(ada)).toEqual({ version: v3, fields: { name: v1, notes: v3 } });
    redo(store);
    const v4 = store.changeCount();
    expect(store.recordVersions('actors', [ada]).get(ada)).toEqual({ version: v4, fields: { name: v1, notes: v4 } });
    // A new actor starts at the write that made it, with no field versions of its own.
    const bea = createActor(store, { name: 'Bea', kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!.id;
    expect(store.recordVersions('actors', [bea]).get(bea)).toEqual({ version: store.changeCount(), fields: {} });
  });
});
