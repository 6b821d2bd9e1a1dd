// ties.create with details and ties.update: strength, status, since, notes, provenance, type changes that would duplicate.
import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../../../src/shared/domain';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';
import { expectUndoable, refusal, run } from './run-operation';
import { undo } from '../../../src/main/commands';

function addActor(store: MapStore, name: string): Actor {
  return run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
}

const typeId = (store: MapStore, name: string) => store.tieTypes().find((t) => t.name === name)!.id;
const statusId = (store: MapStore, name: string) => store.list('tieStatuses').find((s) => s.name === name)!.id;

function addTie(store: MapStore, from: Actor, to: Actor, type: string | null): Tie {
  return run(store, 'ties.create', {
    fromId: from.id,
    toId: to.id,
    tieTypeId: type === null ? null : typeId(store, type),
  }).changes.tiesPut[0]!;
}

describe('ties.create with details', () => {
  it('takes strength, status, since and notes, and defaults to medium with no status', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const plain = addTie(store, a, b, null);
    expect(plain).toMatchObject({
      strength: 'medium',
      statusId: null,
      since: null,
      notes: '',
      provenance: { source: 'hand', certainty: 'confirmed' },
    });
    const rich = run(store, 'ties.create', {
      fromId: a.id,
      toId: b.id,
      tieTypeId: typeId(store, 'Referral'),
      strength: 'strong',
      statusId: statusId(store, 'Potential'),
      since: '2023-09-01',
      notes: ' Worth building. ',
    }).changes.tiesPut[0]!;
    expect(rich).toMatchObject({
      strength: 'strong',
      statusId: statusId(store, 'Potential'),
      since: '2023-09-01',
      notes: 'Worth building.',
    });
    expect(
      refusal(store, 'ties.create', { fromId: a.id, toId: b.id, statusId: 'nope', tieTypeId: typeId(store, 'Funding') })
        .message,
    ).toBe('That tie status is not in this map.');
    expect(refusal(store, 'ties.create', { fromId: a.id, toId: b.id, strength: 'mighty' }).code).toBe('invalid-input');
  });
});

describe('ties.update', () => {
  it('edits one tie in one undoable step', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'Ada'), addActor(store, 'Maple')];
    const tie = addTie(store, a, b, 'Referral');
    expectUndoable(store, () => {
      const result = run(store, 'ties.update', {
        ids: [tie.id],
        patch: {
          tieTypeId: typeId(store, 'Collaboration'),
          direction: 'mutual',
          strength: 'weak',
          statusId: statusId(store, 'Inactive'),
          since: '2020-01-31',
          notes: 'Lapsed when the grant ended.',
          provenance: { source: 'import', label: 'partners.xlsx', sheet: 'Links', row: 12, certainty: 'reported' },
        },
      });
      expect(result.history.undoLabel).toBe('Edit tie between “Ada” and “Maple”');
      expect(result.changes.tiesPut[0]).toEqual(store.ties()[0]);
    });
    expect(store.ties()[0]).toMatchObject({
      tieTypeId: typeId(store, 'Collaboration'),
      direction: 'mutual',
      strength: 'weak',
      statusId: statusId(store, 'Inactive'),
      since: '2020-01-31',
      provenance: { source: 'import', label: 'partners.xlsx', sheet: 'Links', row: 12, certainty: 'reported' },
    });
  });

  it('edits status and strength of several ties at once, but notes only one at a time', () => {
    const store = newMap();
    const [a, b, c] = ['A', 'B', 'C'].map((n) => addActor(store, n)) as [Actor, Actor, Actor];
    const ties = [addTie(store, a, b, null), addTie(store, b, c, null), addTie(store, c, a, null)];
    const ids = ties.map((t) => t.id);
    const result = run(store, 'ties.update', {
      ids,
      patch: { statusId: statusId(store, 'Engaged'), strength: 'strong' },
    });
    expect(result.history.undoLabel).toBe('Edit 3 ties');
    expect(store.ties().map((t) => [t.statusId, t.strength])).toEqual(
      ties.map(() => [statusId(store, 'Engaged'), 'strong']),
    );
    expect(refusal(store, 'ties.update', { ids, patch: { notes: 'x' } }).message).toBe(
      'Notes can only be changed for one tie at a time; 3 are chosen.',
    );
    expect(refusal(store, 'ties.update', { ids, patch: { since: '2023-02-29' } }).code).toBe('invalid-input');
  });

  it('refuses a type change that would make two ties of one type between the same actors', () => {
    const store = newMap();
    const [a, b, c] = ['Ada', 'Maple', 'Hub'].map((n) => addActor(store, n)) as [Actor, Actor, Actor];
    addTie(store, a, b, 'Referral');
    // A referral tie back the other way is a tie of its own; the same way round it would be a second one.
    const back = addTie(store, b, a, 'Funding');
    expect(() =>
      run(store, 'ties.update', { ids: [back.id], patch: { tieTypeId: typeId(store, 'Referral') } }),
    ).not.toThrow();
    undo(store);
    const funding = addTie(store, a, b, 'Funding');
    const other = addTie(store, a, c, 'Funding');
    expect(
      refusal(store, 'ties.update', { ids: [funding.id], patch: { tieTypeId: typeId(store, 'Referral') } }).message,
    ).toBe('“Ada” and “Maple” would have two referral ties. Choose another type, or delete one of the ties first.');
    // Two ties given the same new type between different pairs is fine; swapping to a free type is fine.
    expect(() =>
      run(store, 'ties.update', { ids: [funding.id, other.id], patch: { tieTypeId: typeId(store, 'Volunteering') } }),
    ).not.toThrow();
  });
});
