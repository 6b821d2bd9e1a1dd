// actors.update: every field of one actor, what several actors share, validation at the boundary, one undo step each.
import { describe, expect, it } from 'vitest';
import type { Actor, CareOfferId } from '../../../src/shared/domain';
import { todayIsoDate } from '../../../src/shared/dates';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';
import { expectUndoable, refusal, run } from './run-operation';

function addActor(store: MapStore, name: string): Actor {
  return run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 }).changes.actorsPut[0]!;
}

function offer(store: MapStore, name: string): CareOfferId {
  return store.list('careOffers').find((o) => o.name === name)!.id;
}

function reread(store: MapStore, actor: Actor): Actor {
  return store.actorsByIds([actor.id])[0]!;
}

describe('actors.update on one actor', () => {
  it('sets every field, tidied, in one undoable step', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const budget = run(store, 'customFields.create', { name: 'Budget', type: 'number' }).changes.taxonomy!
      .customFields[0]!;
    expectUndoable(store, () => {
      const result = run(store, 'actors.update', {
        ids: [ada.id],
        patch: {
          name: '  Ada   Okafor ',
          description: '  Runs the Tuesday lunch club.\nAsk her about lifts. ',
          careOfferIds: [offer(store, 'Shared meals'), offer(store, 'Transport')],
          careModes: ['caring-about', 'taking-care-of'],
          role: 'participant',
          address: 'Maple Street, E5',
          tags: ['lunch club', 'Drivers', 'drivers'],
          website: 'maplestreet.org',
          contact: { email: 'ada@example.org', phone: '07700 900123' },
          consent: 'given',
          consentDate: '2025-03-14',
          notes: 'Met at the spring workshop.',
          customValues: { [budget.id]: '1200' },
          provenance: { source: 'workshop', label: 'Spring workshop', certainty: 'reported' },
        },
      });
      expect(result.history.undoLabel).toBe('Edit “Ada”');
      expect(result.changes.actorsPut).toEqual([reread(store, ada)]);
    });
    expect(reread(store, ada)).toEqual({
      ...ada,
      name: 'Ada Okafor',
      description: 'Runs the Tuesday lunch club.\nAsk her about lifts.',
      careOfferIds: [offer(store, 'Shared meals'), offer(store, 'Transport')],
      careModes: ['taking-care-of', 'caring-about'],
      role: 'participant',
      address: 'Maple Street, E5',
      tags: ['lunch club', 'Drivers'],
      website: 'maplestreet.org',
      contact: { email: 'ada@example.org', phone: '07700 900123', other: '' },
      consent: 'given',
      consentDate: '2025-03-14',
      notes: 'Met at the spring workshop.',
      customValues: { [budget.id]: 1200 },
      provenance: {
        source: 'workshop',
        label: 'Spring workshop',
        sheet: null,
        row: null,
        recordedOn: todayIsoDate(),
        certainty: 'reported',
      },
    });
  });

  it('labels a name-only change as a rename, and clears fields with null', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    expect(run(store, 'actors.update', { ids: [ada.id], patch: { name: 'Ada Okafor' } }).history.undoLabel).toBe(
      'Rename “Ada”',
    );
    run(store, 'actors.update', {
      ids: [ada.id],
      patch: { role: 'collaborator', consent: 'not-asked', consentDate: '2024-12-01' },
    });
    run(store, 'actors.update', { ids: [ada.id], patch: { role: null, consent: null, consentDate: null } });
    expect(reread(store, ada)).toMatchObject({ role: null, consent: null, consentDate: null });
  });

  it('records nothing when nothing actually changes', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const result = run(store, 'actors.update', { ids: [ada.id], patch: { name: 'Ada', tags: [] } });
    expect(result.changes.actorsPut).toEqual([]);
    expect(store.counts().history).toBe(1);
  });
});

describe('actors.update on several actors', () => {
  it('changes kind, role, tags, care offers, care modes and certainty of all of them in one step', () => {
    const store = newMap();
    const [a, b, c] = ['A', 'B', 'C'].map((n) => addActor(store, n)) as [Actor, Actor, Actor];
    run(store, 'actors.update', {
      ids: [a.id],
      patch: { tags: ['Youth', 'food'], careOfferIds: [offer(store, 'Advice')] },
    });
    const statutory = store.kinds().find((k) => k.name === 'Statutory service')!.id;
    expectUndoable(store, () => {
      const result = run(store, 'actors.update', {
        ids: [a.id, b.id, c.id],
        patch: {
          kindId: statutory,
          role: 'community-member',
          addTags: ['youth', 'Sport'],
          removeTags: ['FOOD'],
          addCareOffers: [offer(store, 'Befriending')],
          removeCareOffers: [offer(store, 'Advice')],
          addCareModes: ['caring-for'],
          provenance: { certainty: 'assumed' },
        },
      });
      expect(result.history.undoLabel).toBe('Edit 3 actors');
      expect(result.changes.actorsPut).toHaveLength(3);
    });
    const [ra, rb] = [reread(store, a), reread(store, b)];
    expect(ra).toMatchObject({
      kindId: statutory,
      role: 'community-member',
      tags: ['Youth', 'Sport'],
      careOfferIds: [offer(store, 'Befriending')],
    });
    expect(rb).toMatchObject({
      tags: ['youth', 'Sport'],
      careModes: ['caring-for'],
      provenance: { certainty: 'assumed', source: 'hand' },
    });
  });

  it('refuses fields that belong to one actor, saying why', () => {
    const store = newMap();
    const [a, b] = [addActor(store, 'A'), addActor(store, 'B')];
    expect(refusal(store, 'actors.update', { ids: [a.id, b.id], patch: { name: 'Same' } }).message).toBe(
      'A name can only be changed for one actor at a time; 2 are chosen.',
    );
    expect(refusal(store, 'actors.update', { ids: [a.id, b.id], patch: { tags: ['x'] } }).message).toBe(
      'The full list of tags can only be changed for one actor at a time; 2 are chosen.',
    );
  });
});

describe('actors.update validation', () => {
  it('refuses an empty name, a date that does not exist, and implausible website and email', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const refuse = (patch: object) => refusal(store, 'actors.update', { ids: [ada.id], patch });
    expect(refuse({ name: '   ' })).toMatchObject({
      code: 'invalid-input',
      message: 'An actor needs a name.',
      where: { field: 'patch.name' },
    });
    expect(refuse({ consentDate: '2025-02-30' }).message).toBe(
      '“2025-02-30” is not a real date. Write it as YYYY-MM-DD, for example 2025-03-14.',
    );
    expect(refuse({ consentDate: '14/03/2025' }).code).toBe('invalid-input');
    expect(refuse({ provenance: { recordedOn: '2025-13-01' } }).code).toBe('invalid-input');
    expect(refuse({ website: 'not a website' }).message).toBe(
      '“not a website” does not look like a website address (for example maplestreet.org).',
    );
    expect(refuse({ contact: { email: 'ada.example.org' } }).message).toBe(
      '“ada.example.org” does not look like an email address (for example name@example.org).',
    );
    expect(refuse({}).message).toBe('There is nothing to change.');
    expect(refuse({ tags: ['a'], addTags: ['b'] }).message).toBe(
      'Either replace the tags or add and remove some, not both at once.',
    );
    expect(refuse({ role: 'boss' }).code).toBe('invalid-input');
    expect(refuse({ careModes: ['caring-loudly'] }).code).toBe('invalid-input');
    // Leap days are real.
    expect(() =>
      run(store, 'actors.update', {
        ids: [ada.id],
        patch: { consentDate: '2024-02-29', website: 'https://example.org/a?b=1' },
      }),
    ).not.toThrow();
  });

  it('checks custom values against their field: a number field refuses text', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    const field = (name: string, type: 'text' | 'number' | 'boolean' | 'choice' | 'date', options?: string[]) =>
      run(
        store,
        'customFields.create',
        options ? { name, type, options } : { name, type },
      ).changes.taxonomy!.customFields.find((f) => f.name === name)!.id;
    const budget = field('Budget', 'number');
    const kitchen = field('Has a kitchen', 'boolean');
    const met = field('First met', 'date');
    const often = field('Meets', 'choice', ['Weekly', 'Monthly']);
    const notes = field('Nickname', 'text');
    const refuse = (values: Record<string, unknown>) =>
      refusal(store, 'actors.update', { ids: [ada.id], patch: { customValues: values } }).message;
    expect(refuse({ [budget]: 'lots' })).toBe('“Budget” is a number field; “lots” is not a number.');
    expect(refuse({ [kitchen]: 'maybe' })).toBe('“Has a kitchen” is a yes/no field; “maybe” is neither yes nor no.');
    expect(refuse({ [met]: '2025-02-30' })).toBe(
      '“First met” is a date field; “2025-02-30” is not a real date (write it as YYYY-MM-DD, e.g. 2025-03-14).',
    );
    expect(refuse({ [often]: 'Fortnightly' })).toBe(
      '“Meets” is a choice field; “Fortnightly” is not one of its choices (Weekly, Monthly).',
    );
    expect(
      refusal(store, 'actors.update', { ids: [ada.id], patch: { customValues: { 'no-such-field': 1 } } }),
    ).toMatchObject({
      code: 'not-found',
      message: 'That field is not in this map.',
    });

    run(store, 'actors.update', {
      ids: [ada.id],
      patch: {
        customValues: { [budget]: ' 12.5 ', [kitchen]: 'Yes', [met]: '2025-03-14', [often]: 'weekly', [notes]: 7 },
      },
    });
    expect(reread(store, ada).customValues).toEqual({
      [budget]: 12.5,
      [kitchen]: true,
      [met]: '2025-03-14',
      [often]: 'Weekly',
      [notes]: '7',
    });
    // null or an empty text clears a value.
    run(store, 'actors.update', { ids: [ada.id], patch: { customValues: { [budget]: null, [notes]: '' } } });
    expect(reread(store, ada).customValues).toEqual({ [kitchen]: true, [met]: '2025-03-14', [often]: 'Weekly' });
  });

  it('refuses care offers and kinds the map does not have', () => {
    const store = newMap();
    const ada = addActor(store, 'Ada');
    expect(refusal(store, 'actors.update', { ids: [ada.id], patch: { addCareOffers: ['nope'] } }).message).toBe(
      'That care offer is not in this map.',
    );
    expect(refusal(store, 'actors.update', { ids: [ada.id], patch: { kindId: 'nope' } }).message).toBe(
      'That kind of actor is not in this map.',
    );
    expect(refusal(store, 'actors.update', { ids: [ada.id, 'gone'], patch: { role: null } }).code).toBe('not-found');
  });
});

describe('actors.create provenance', () => {
  it('defaults to by hand, confirmed, today, and takes a workshop name', () => {
    const store = newMap();
    expect(addActor(store, 'Ada').provenance).toEqual({
      source: 'hand',
      label: '',
      sheet: null,
      row: null,
      recordedOn: todayIsoDate(),
      certainty: 'confirmed',
    });
    const result = run(store, 'actors.create', {
      name: 'Maple',
      kindId: firstKind(store),
      x: 0,
      y: 0,
      provenance: { source: 'workshop', label: 'Spring workshop', certainty: 'reported' },
    });
    expect(result.changes.actorsPut[0]!.provenance).toMatchObject({
      source: 'workshop',
      label: 'Spring workshop',
      certainty: 'reported',
    });
  });
});
