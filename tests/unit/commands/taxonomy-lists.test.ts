// Tie types, tie statuses and care offers in the taxonomy editor: add, rename, delete with reassigning, undo of each.
import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../../../src/shared/domain';
import { undo } from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';
import { expectUndoable, refusal, run } from './run-operation';

function addActor(store: MapStore, name: string): Actor {
  return run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
}
const typeNamed = (store: MapStore, name: string) => store.tieTypes().find((t) => t.name === name)!;
const statusNamed = (store: MapStore, name: string) => store.list('tieStatuses').find((s) => s.name === name)!;
const offerNamed = (store: MapStore, name: string) => store.list('careOffers').find((o) => o.name === name)!;

function addTie(store: MapStore, from: Actor, to: Actor, type: string | null, status?: string): Tie {
  return run(store, 'ties.create', {
    fromId: from.id,
    toId: to.id,
    tieTypeId: type === null ? null : typeNamed(store, type).id,
    ...(status ? { statusId: statusNamed(store, status).id } : {}),
  }).changes.tiesPut[0]!;
}

describe('tie types', () => {
  it('adds, renames and recolours, refusing a taken name', () => {
    const store = newMap();
    const created = run(store, 'tieTypes.create', { name: 'Lifts', colour: '#332288' }).changes.taxonomy!.tieTypes.at(
      -1,
    )!;
    expect(created).toMatchObject({ name: 'Lifts', sortOrder: 8 });
    expectUndoable(store, () => {
      expect(
        run(store, 'tieTypes.update', { id: created.id, name: 'Transport', colour: '#44AA99' }).history.undoLabel,
      ).toBe('Rename tie type “Lifts” to “Transport”');
    });
    expect(refusal(store, 'tieTypes.update', { id: created.id, name: 'referral' }).message).toBe(
      'There is already a tie type called “Referral”. Choose another name.',
    );
  });

  it('refuses to delete a type in use without reassigning; reassigns to another type or to none, undoably', () => {
    const store = newMap();
    const [a, b, c] = ['Ada', 'Maple', 'Hub'].map((n) => addActor(store, n)) as [Actor, Actor, Actor];
    addTie(store, a, b, 'Funding');
    addTie(store, b, c, 'Funding');
    const funding = typeNamed(store, 'Funding');
    expect(refusal(store, 'tieTypes.delete', { id: funding.id })).toMatchObject({
      code: 'in-use',
      message: '2 ties are of the type “Funding”. Choose another type for them, or none, before deleting this one.',
    });
    expectUndoable(store, () =>
      run(store, 'tieTypes.delete', { id: funding.id, reassignTo: typeNamed(store, 'Supply/donations').id }),
    );
    expect(store.ties().map((t) => t.tieTypeId)).toEqual([
      typeNamed(store, 'Supply/donations').id,
      typeNamed(store, 'Supply/donations').id,
    ]);
    undo(store);
    expectUndoable(store, () => run(store, 'tieTypes.delete', { id: funding.id, reassignTo: null }));
    expect(store.ties().map((t) => t.tieTypeId)).toEqual([null, null]);
    expect(store.tieTypes().map((t) => t.name)).not.toContain('Funding');
  });

  it('refuses a reassignment that would duplicate a tie between the same two actors', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    addTie(store, a, b, 'Funding');
    addTie(store, a, b, 'Referral');
    const funding = typeNamed(store, 'Funding');
    expect(
      refusal(store, 'tieTypes.delete', { id: funding.id, reassignTo: typeNamed(store, 'Referral').id }).message,
    ).toBe('“Ada” and “Maple” would have two referral ties. Choose another type, or delete one of the ties first.');
    expect(() => run(store, 'tieTypes.delete', { id: funding.id, reassignTo: null })).not.toThrow();
  });
});

describe('tie statuses', () => {
  it('adds with a line style, edits, and deletes with reassigning, undoably', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    addTie(store, a, b, null, 'Inactive');
    const dormant = run(store, 'tieStatuses.create', {
      name: 'Dormant',
      lineStyle: 'dotted',
    }).changes.taxonomy!.tieStatuses.at(-1)!;
    expect(dormant).toMatchObject({ name: 'Dormant', lineStyle: 'dotted', sortOrder: 4 });
    expect(run(store, 'tieStatuses.update', { id: dormant.id, lineStyle: 'dashed' }).history.undoLabel).toBe(
      'Edit tie status “Dormant”',
    );
    expect(refusal(store, 'tieStatuses.create', { name: 'x', lineStyle: 'wavy' }).code).toBe('invalid-input');
    const inactive = statusNamed(store, 'Inactive');
    expect(refusal(store, 'tieStatuses.delete', { id: inactive.id })).toMatchObject({
      code: 'in-use',
      message: '1 tie is marked “Inactive”. Choose another status for it, or none, before deleting this one.',
    });
    expectUndoable(store, () => run(store, 'tieStatuses.delete', { id: inactive.id, reassignTo: dormant.id }));
    expect(store.ties()[0]!.statusId).toBe(dormant.id);
    expect(() => run(store, 'tieStatuses.delete', { id: dormant.id, reassignTo: null })).not.toThrow();
    expect(store.ties()[0]!.statusId).toBeNull();
  });
});

describe('care offers', () => {
  it('renames (actors follow) and deletes, taking the offer off its actors; undo gives it back to each', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const meals = offerNamed(store, 'Shared meals');
    const advice = offerNamed(store, 'Advice');
    run(store, 'actors.update', { ids: [a.id, b.id], patch: { addCareOffers: [advice.id, meals.id] } });
    expect(run(store, 'careOffers.update', { id: meals.id, name: 'Community meals' }).history.undoLabel).toBe(
      'Rename care offer “Shared meals” to “Community meals”',
    );
    expect(refusal(store, 'careOffers.create', { name: 'community MEALS' }).code).toBe('name-taken');
    expectUndoable(store, () => {
      const result = run(store, 'careOffers.delete', { id: meals.id });
      expect(result.history.undoLabel).toBe('Delete care offer “Community meals”');
      expect(result.changes.actorsPut.map((x) => x.careOfferIds)).toEqual([[advice.id], [advice.id]]);
    });
    undo(store);
    expect(store.actors().map((x) => x.careOfferIds)).toEqual([
      [advice.id, meals.id],
      [advice.id, meals.id],
    ]);
    const added = run(store, 'careOffers.create', { name: 'Gardening' }).changes.taxonomy!.careOffers.at(-1)!;
    expect(added).toMatchObject({ name: 'Gardening', sortOrder: 10 });
  });
});
