// applyFilter: OR within a criterion, AND across criteria, ties shown only between shown actors, custom field conditions.
import { describe, expect, it } from 'vitest';
import { applyFilter, EMPTY_FILTER, isFilterActive, type MapFilter } from '../../../src/shared/filter';
import { actor, fieldId, kind, offer, status, tie, tieType } from './sample-map';

const actors = [
  actor('ada', 'Ada Okafor', {
    tags: ['Youth', 'food'],
    role: 'participant',
    careModes: ['caring-for'],
    consent: 'given',
  }),
  actor('maple', 'Maple Street Mutual Aid', {
    kindId: kind('grassroots'),
    tags: ['food'],
    careOfferIds: [offer('meals'), offer('advice')],
    customValues: { [fieldId('budget')]: 1200, [fieldId('meets')]: 'Weekly', [fieldId('founded')]: '2019-05-01' },
  }),
  actor('hub', 'Millbrook Hub', {
    kindId: kind('hub'),
    tags: ['Jeunesse', 'Écoles'],
    careOfferIds: [offer('advice')],
    customValues: { [fieldId('budget')]: 50_000, [fieldId('meets')]: 'Monthly', [fieldId('kitchen')]: true },
    provenance: {
      source: 'import',
      label: 'partners.xlsx',
      sheet: 'Orgs',
      row: 4,
      recordedOn: '2025-01-01',
      certainty: 'reported',
    },
  }),
  actor('gp', 'Millbrook GP', {
    kindId: kind('statutory'),
    role: 'collaborator',
    provenance: { source: 'workshop', label: 'Spring', sheet: null, row: null, recordedOn: null, certainty: 'assumed' },
  }),
];
const ties = [
  tie('t1', 'ada', 'maple', { tieTypeId: tieType('volunteering'), statusId: status('generative'), strength: 'strong' }),
  tie('t2', 'maple', 'hub', { tieTypeId: tieType('shared-space'), statusId: status('inactive') }),
  tie('t3', 'gp', 'hub', {
    tieTypeId: tieType('referral'),
    provenance: { source: 'hand', label: '', sheet: null, row: null, recordedOn: null, certainty: 'assumed' },
  }),
  tie('t4', 'ada', 'gp', { tieTypeId: null, strength: 'weak' }),
];
const map = { actors, ties };

function shown(filter: MapFilter) {
  const result = applyFilter(map, filter);
  return { actors: [...result.actorIds].sort(), ties: [...result.tieIds].sort() };
}

describe('applyFilter', () => {
  it('shows everything with no criterion on', () => {
    expect(shown(EMPTY_FILTER)).toEqual({ actors: ['ada', 'gp', 'hub', 'maple'], ties: ['t1', 't2', 't3', 't4'] });
    expect(shown({ kindIds: [], tags: [] })).toEqual(shown(EMPTY_FILTER));
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ kindIds: [] })).toBe(false);
    expect(isFilterActive({ tieStrengths: ['weak'] })).toBe(true);
  });

  it('matches any value within a criterion (OR), and shows only ties whose two ends are shown', () => {
    expect(shown({ kindIds: [kind('hub'), kind('statutory')] })).toEqual({ actors: ['gp', 'hub'], ties: ['t3'] });
    expect(shown({ roles: [null] }).actors).toEqual(['hub', 'maple']);
    expect(shown({ roles: ['participant', 'collaborator'] }).actors).toEqual(['ada', 'gp']);
  });

  it('requires every criterion (AND)', () => {
    expect(shown({ tags: ['food'], careOfferIds: [offer('meals')] }).actors).toEqual(['maple']);
    expect(shown({ tags: ['food'], kindIds: [kind('hub')] }).actors).toEqual([]);
  });

  it('matches tags whole, ignoring capitals and accents', () => {
    expect(shown({ tags: ['youth'] }).actors).toEqual(['ada']);
    expect(shown({ tags: ['JEUNESSE', 'nothing'] }).actors).toEqual(['hub']);
    expect(shown({ tags: ['ecoles'] }).actors).toEqual(['hub']);
    expect(shown({ tags: ['foo'] }).actors).toEqual([]);
  });

  it('filters by care offers, care modes, consent and provenance', () => {
    expect(shown({ careOfferIds: [offer('advice')] }).actors).toEqual(['hub', 'maple']);
    expect(shown({ careModes: ['caring-for'] }).actors).toEqual(['ada']);
    expect(shown({ consent: ['given'] }).actors).toEqual(['ada']);
    expect(shown({ consent: [null] }).actors).toEqual(['gp', 'hub', 'maple']);
    expect(shown({ sources: ['import', 'workshop'] })).toEqual({ actors: ['gp', 'hub'], ties: [] });
    // Provenance applies to ties too: the assumed GP–Hub tie between an assumed and a reported actor.
    expect(shown({ certainties: ['assumed', 'reported'] })).toEqual({ actors: ['gp', 'hub'], ties: ['t3'] });
  });

  it('filters ties by type (null for none), status and strength, keeping actors unless asked to hide untied ones', () => {
    expect(shown({ tieTypeIds: [tieType('referral'), null] })).toEqual({
      actors: ['ada', 'gp', 'hub', 'maple'],
      ties: ['t3', 't4'],
    });
    expect(shown({ tieStatusIds: [status('inactive')] }).ties).toEqual(['t2']);
    expect(shown({ tieStatusIds: [null] }).ties).toEqual(['t3', 't4']);
    expect(shown({ tieStrengths: ['strong'], hideUntiedActors: true })).toEqual({
      actors: ['ada', 'maple'],
      ties: ['t1'],
    });
    // hideUntiedActors does nothing without a tie criterion.
    expect(shown({ kindIds: [kind('individual')], hideUntiedActors: true }).actors).toEqual(['ada']);
  });

  it('applies custom field conditions, each as its own criterion', () => {
    const budget = fieldId('budget');
    expect(shown({ fields: [{ fieldId: budget, op: 'is-set' }] }).actors).toEqual(['hub', 'maple']);
    expect(shown({ fields: [{ fieldId: budget, op: 'is-empty' }] }).actors).toEqual(['ada', 'gp']);
    expect(shown({ fields: [{ fieldId: budget, op: 'range', min: 1000, max: 5000 }] }).actors).toEqual(['maple']);
    expect(shown({ fields: [{ fieldId: budget, op: 'range', min: 10_000 }] }).actors).toEqual(['hub']);
    expect(shown({ fields: [{ fieldId: fieldId('founded'), op: 'range', max: '2020-01-01' }] }).actors).toEqual([
      'maple',
    ]);
    expect(shown({ fields: [{ fieldId: fieldId('meets'), op: 'equals', value: 'weekly' }] }).actors).toEqual(['maple']);
    expect(
      shown({ fields: [{ fieldId: fieldId('meets'), op: 'one-of', values: ['Weekly', 'Monthly'] }] }).actors,
    ).toEqual(['hub', 'maple']);
    expect(shown({ fields: [{ fieldId: fieldId('kitchen'), op: 'equals', value: true }] }).actors).toEqual(['hub']);
    expect(shown({ fields: [{ fieldId: fieldId('kitchen'), op: 'contains', text: 'YES' }] }).actors).toEqual(['hub']);
    expect(
      shown({
        fields: [
          { fieldId: budget, op: 'is-set' },
          { fieldId: fieldId('meets'), op: 'equals', value: 'Monthly' },
        ],
      }).actors,
    ).toEqual(['hub']);
    // A range of numbers never matches a date, nor the other way round.
    expect(shown({ fields: [{ fieldId: budget, op: 'range', min: '2000-01-01' }] }).actors).toEqual([]);
  });

  it('accepts the renderer’s maps as well as arrays', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    const tiesById = new Map(ties.map((t) => [t.id, t]));
    const result = applyFilter(
      { actors: byId.values(), ties: tiesById.values() },
      { kindIds: [kind('hub'), kind('statutory')] },
    );
    expect([...result.tieIds]).toEqual(['t3']);
  });
});
