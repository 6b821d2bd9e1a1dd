// searchActors: part of a name, tag or field value, capitals and accents ignored, ranked name prefix > name > tag > field.
import { describe, expect, it } from 'vitest';
import type { CareOffer } from '../../../src/shared/domain';
import { searchActors } from '../../../src/shared/search';
import { fold } from '../../../src/shared/text-fold';
import { actor, FIELDS, fieldId, offer } from './sample-map';

const careOffers: CareOffer[] = [
  { id: offer('meals'), name: 'Shared meals', sortOrder: 0 },
  { id: offer('transport'), name: 'Transport', sortOrder: 1 },
];
const actors = [
  actor('zoe', 'Zoë Łukasiewicz', { tags: ['lunch club'] }),
  actor('maple', 'Maple Street Mutual Aid', { tags: ['food', 'mutual aid network'], notes: 'Runs the Saturday lunch' }),
  actor('club', 'Lunch Club at St Mary’s', { careOfferIds: [offer('meals')] }),
  actor('hub', 'Old Library Hub', {
    address: '12 Clapton Road',
    careOfferIds: [offer('transport')],
    customValues: { [fieldId('meets')]: 'Weekly' },
  }),
  actor('lunchbox', 'Lunchbox CIC', { tags: ['food'] }),
  actor('ada', 'Ada Okafor', { tags: ['Lunch'], contact: { email: 'ada@maple.example', phone: '', other: '' } }),
];
const map = { actors, careOffers, customFields: FIELDS };
const ids = (query: string, limit?: number) => searchActors(map, query, limit).map((r) => r.actorId);

describe('searchActors', () => {
  it('ranks name prefix, then a word of the name, then tags (equal before partial), then other fields', () => {
    expect(ids('lunch')).toEqual(['lunchbox', 'club', 'ada', 'zoe', 'maple']);
    const results = searchActors(map, 'lunch');
    expect(results.map((r) => r.match)).toEqual(['name-prefix', 'name-prefix', 'tag', 'tag', 'field']);
    expect(results[2]).toEqual({
      actorId: 'ada',
      name: 'Ada Okafor',
      match: 'tag',
      matchedLabel: 'Tag',
      matchedText: 'Lunch',
    });
    expect(ids('street')).toEqual(['maple']);
    expect(searchActors(map, 'street')[0]!.match).toBe('name-word');
    expect(searchActors(map, 'treet')[0]!.match).toBe('name');
  });

  it('ignores capitals and accents, both ways', () => {
    expect(ids('ZOE')).toEqual(['zoe']);
    expect(ids('lukasiewicz')).toEqual(['zoe']);
    expect(ids('Łukas')).toEqual(['zoe']);
    expect(ids('st mary')).toEqual(['club']);
  });

  it('finds field values: address, notes, email, care offers and custom values, saying where', () => {
    expect(searchActors(map, 'clapton')).toEqual([
      {
        actorId: 'hub',
        name: 'Old Library Hub',
        match: 'field',
        matchedLabel: 'Area or address',
        matchedText: '12 Clapton Road',
      },
    ]);
    expect(searchActors(map, 'saturday')[0]).toMatchObject({ actorId: 'maple', matchedLabel: 'Notes' });
    expect(searchActors(map, 'maple.example')[0]).toMatchObject({ actorId: 'ada', matchedLabel: 'Email' });
    expect(searchActors(map, 'meals')[0]).toMatchObject({
      actorId: 'club',
      matchedLabel: 'Care offer',
      matchedText: 'Shared meals',
    });
    expect(searchActors(map, 'weekly')[0]).toMatchObject({
      actorId: 'hub',
      matchedLabel: 'Meets',
      matchedText: 'Weekly',
    });
  });

  it('finds nothing for an empty query, and keeps to the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('a', 2)).toHaveLength(2);
    expect(ids('a', 0)).toEqual([]);
  });

  it('sees an edited actor’s new text (records are replaced, never changed in place)', () => {
    const edited = actors.map((a) => (a.id === 'hub' ? { ...a, name: 'Riverside Hub' } : a));
    expect(searchActors({ actors: edited }, 'riverside').map((r) => r.actorId)).toEqual(['hub']);
    expect(ids('riverside')).toEqual([]);
  });
});

describe('fold', () => {
  it('folds capitals, accents and letters without a decomposition', () => {
    expect(fold('  Łódź  Straße ')).toBe('lodz strasse');
    expect(fold('Zoë Ørsted Æsop')).toBe('zoe orsted aesop');
    expect(fold('Plain ASCII')).toBe('plain ascii');
  });
});
