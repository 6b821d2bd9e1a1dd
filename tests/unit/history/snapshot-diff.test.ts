// Comparing two states of a map on hand-built cases: added, removed and changed actors and ties, moves kept apart,
// and the counts by kind before and after.
import { describe, expect, it } from 'vitest';
import type { Kind, TieType } from '../../../src/shared/domain';
import { compareView, countChanges, diffMaps, type MapState } from '../../../src/shared/history';
import { actor, fieldId, FIELDS, kind, offer, tie, tieType } from '../domain/sample-map';

const KINDS: Kind[] = [
  { id: kind('individual'), name: 'Individual', colour: '#111111', shape: 'circle', sortOrder: 0, people: true },
  { id: kind('grassroots'), name: 'Grassroots group', colour: '#222222', shape: 'square', sortOrder: 1, people: false },
  {
    id: kind('statutory'),
    name: 'Statutory service',
    colour: '#333333',
    shape: 'hexagon',
    sortOrder: 2,
    people: false,
  },
];
const TIE_TYPES: TieType[] = [
  { id: tieType('referral'), name: 'Refers people to', colour: '#444444', sortOrder: 0 },
  { id: tieType('space'), name: 'Shares space with', colour: '#555555', sortOrder: 1 },
];

function state(records: Partial<MapState>): MapState {
  return {
    kinds: KINDS,
    tieTypes: TIE_TYPES,
    tieStatuses: [],
    careOffers: [],
    customFields: FIELDS,
    actors: [],
    ties: [],
    ...records,
  };
}

const ada = actor('ada', 'Ada Okafor');
const maple = actor('maple', 'Maple Street Pantry', { kindId: kind('grassroots') });
const gp = actor('gp', 'Millbrook Medical Practice', { kindId: kind('statutory') });
const referral = tie('t1', 'gp', 'maple', { tieTypeId: tieType('referral'), direction: 'one-way' });

describe('diffMaps', () => {
  it('finds nothing between a state and itself', () => {
    const s = state({ actors: [ada, maple, gp], ties: [referral] });
    const diff = diffMaps(s, s);
    expect(diff.actors).toEqual([]);
    expect(diff.ties).toEqual([]);
    expect(diff.moved).toEqual([]);
  });

  it('marks an actor and a tie that are only in the later state as added', () => {
    const before = state({ actors: [maple, gp] });
    const after = state({ actors: [maple, gp, ada], ties: [referral] });
    const diff = diffMaps(before, after);
    expect(diff.actors).toEqual([
      { id: 'ada', change: 'added', name: 'Ada Okafor', kindId: kind('individual'), fields: [] },
    ]);
    expect(diff.ties).toEqual([
      {
        id: 't1',
        change: 'added',
        fromName: 'Millbrook Medical Practice',
        toName: 'Maple Street Pantry',
        tieTypeName: 'Refers people to',
        fields: [],
      },
    ]);
  });

  it('marks what is only in the earlier state as removed, naming the tie by its ends as they were', () => {
    const before = state({ actors: [ada, maple, gp], ties: [referral] });
    const after = state({ actors: [ada, maple] });
    const diff = diffMaps(before, after);
    expect(diff.actors.map((a) => [a.id, a.change])).toEqual([['gp', 'removed']]);
    expect(diff.ties).toEqual([
      expect.objectContaining({ id: 't1', change: 'removed', fromName: 'Millbrook Medical Practice' }),
    ]);
  });

  it('names what changed on an actor: name (with the old one), kind, care offers, tags and the facilitator’s own fields', () => {
    const before = state({ actors: [ada, maple] });
    const after = state({
      actors: [
        { ...ada, name: 'Ada O.', kindId: kind('grassroots'), careOfferIds: [offer('meals')] },
        { ...maple, tags: ['food'], customValues: { [fieldId('budget')]: 300 } },
      ],
    });
    const diff = diffMaps(before, after);
    expect(diff.actors).toEqual([
      {
        id: 'ada',
        change: 'changed',
        name: 'Ada O.',
        previousName: 'Ada Okafor',
        kindId: kind('grassroots'),
        fields: ['name', 'kind', 'care offers'],
      },
      {
        id: 'maple',
        change: 'changed',
        name: 'Maple Street Pantry',
        kindId: kind('grassroots'),
        fields: ['tags', 'Budget'],
      },
    ]);
  });

  it('keeps an actor that only moved out of the changes, and lists it as moved', () => {
    const before = state({ actors: [ada, maple] });
    const after = state({
      actors: [
        { ...ada, x: 400, y: -120 },
        { ...maple, x: 10, name: 'Maple Street Food Pantry' },
      ],
    });
    const diff = diffMaps(before, after);
    expect(diff.moved).toEqual(['ada']);
    // Moved and renamed: a change (the move is not named among its fields).
    expect(diff.actors).toEqual([expect.objectContaining({ id: 'maple', change: 'changed', fields: ['name'] })]);
  });

  it('does not count a reordering of care offers or tags as a change', () => {
    const one = { ...ada, careOfferIds: [offer('meals'), offer('advice')], tags: ['food', 'youth'] };
    const other = { ...ada, careOfferIds: [offer('advice'), offer('meals')], tags: ['youth', 'food'] };
    expect(diffMaps(state({ actors: [one] }), state({ actors: [other] })).actors).toEqual([]);
  });

  it('names what changed on a tie: its type and its ends', () => {
    const before = state({ actors: [ada, maple, gp], ties: [referral] });
    const retyped = { ...referral, tieTypeId: tieType('space') };
    const moved = { ...referral, toId: ada.id };
    expect(diffMaps(before, state({ actors: [ada, maple, gp], ties: [retyped] })).ties).toEqual([
      expect.objectContaining({ id: 't1', change: 'changed', tieTypeName: 'Shares space with', fields: ['type'] }),
    ]);
    expect(diffMaps(before, state({ actors: [ada, maple, gp], ties: [moved] })).ties).toEqual([
      expect.objectContaining({ id: 't1', change: 'changed', toName: 'Ada Okafor', fields: ['ends'] }),
    ]);
    // A tie's own field, by the field's name.
    const weight = {
      id: fieldId('weight'),
      name: 'Weight',
      type: 'number' as const,
      options: [],
      sortOrder: 9,
      safe: false,
      appliesTo: 'tie' as const,
    };
    const weighed = { ...referral, customValues: { [weight.id]: 12.5 } };
    expect(
      diffMaps(
        state({ actors: [ada, maple, gp], ties: [referral], customFields: [...FIELDS, weight] }),
        state({ actors: [ada, maple, gp], ties: [weighed], customFields: [...FIELDS, weight] }),
      ).ties,
    ).toEqual([expect.objectContaining({ id: 't1', change: 'changed', fields: ['Weight'] })]);
  });

  it('counts actors by kind before and after, leaving out kinds with none either time', () => {
    const before = state({ actors: [ada, maple] });
    const after = state({
      actors: [ada, maple, gp, actor('joe', 'Joe'), { ...actor('priya', 'Priya'), kindId: kind('statutory') }],
    });
    const diff = diffMaps(before, after);
    expect(diff.kindCounts).toEqual([
      { kindId: kind('individual'), name: 'Individual', colour: '#111111', before: 1, after: 2 },
      { kindId: kind('grassroots'), name: 'Grassroots group', colour: '#222222', before: 1, after: 1 },
      { kindId: kind('statutory'), name: 'Statutory service', colour: '#333333', before: 0, after: 2 },
    ]);
    expect(diff.totals).toEqual({ actorsBefore: 2, actorsAfter: 5, tiesBefore: 0, tiesAfter: 0 });
  });

  it('still counts a kind deleted since, under its old name', () => {
    const oldKind: Kind = {
      id: kind('old'),
      name: 'Faith group',
      colour: '#999999',
      shape: 'circle',
      sortOrder: 9,
      people: true,
    };
    const before = state({ kinds: [...KINDS, oldKind], actors: [{ ...maple, kindId: oldKind.id }] });
    const after = state({ actors: [maple] });
    expect(diffMaps(before, after).kindCounts).toEqual([
      expect.objectContaining({ name: 'Grassroots group', before: 0, after: 1 }),
      expect.objectContaining({ name: 'Faith group', before: 1, after: 0 }),
    ]);
  });

  it('counts changes by what happened', () => {
    const diff = diffMaps(
      state({ actors: [ada, gp] }),
      state({ actors: [{ ...ada, notes: 'Met at the fair' }, maple] }),
    );
    expect(countChanges(diff.actors)).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});

describe('compareView', () => {
  it('draws the later state with the removed actors and ties kept at their old places', () => {
    const gpAway = { ...gp, x: 900, y: 40 };
    const before = state({ actors: [ada, maple, gpAway], ties: [referral] });
    const after = state({ actors: [ada, maple, actor('joe', 'Joe')] });
    const view = compareView(before, after);
    expect(view.actors.map((a) => a.id)).toEqual(['ada', 'maple', 'joe', 'gp']);
    expect(view.actors.find((a) => a.id === 'gp')).toMatchObject({ x: 900, y: 40 });
    expect(view.ties.map((t) => t.id)).toEqual(['t1']);
  });
});

describe('diffMaps on records read back in another key order', () => {
  it('sees no change when only the order of fields differs', () => {
    const reordered = Object.fromEntries(Object.entries(ada).reverse()) as typeof ada;
    const contact = { other: '', phone: '', email: '' };
    expect(diffMaps(state({ actors: [ada] }), state({ actors: [{ ...reordered, contact }] })).actors).toEqual([]);
  });
});
