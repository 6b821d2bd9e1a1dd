// The renderer's copy of the taxonomy: sorted, indexed, and keeping unchanged entries so the canvas re-renders only what changed.
import { describe, expect, it } from 'vitest';
import type { CustomField, CustomFieldId, Kind, KindId, Taxonomy } from '../../../src/shared/domain';
import { taxonomyState } from '../../../src/renderer/src/state/taxonomy-state';

const kind = (id: string, name: string, sortOrder: number, colour = '#111111'): Kind => ({
  id: id as KindId,
  name,
  colour,
  shape: 'circle',
  sortOrder,
  people: false,
});
const taxonomy = (kinds: Kind[]): Taxonomy => ({
  kinds,
  tieTypes: [],
  tieStatuses: [],
  careOffers: [],
  customFields: [],
});

describe('taxonomyState', () => {
  it('sorts each list and indexes kinds by id', () => {
    const state = taxonomyState(taxonomy([kind('b', 'Hub', 1), kind('a', 'Individual', 0)]));
    expect(state.kinds.map((k) => k.name)).toEqual(['Individual', 'Hub']);
    expect(state.kindsById.get('b' as KindId)?.name).toBe('Hub');
  });

  it('keeps the objects of entries a rename did not touch, and the whole list when nothing changed', () => {
    const before = taxonomyState(taxonomy([kind('a', 'Individual', 0), kind('b', 'Hub', 1)]));
    const renamed = taxonomyState(taxonomy([kind('a', 'Individual', 0), kind('b', 'Community hub', 1)]), before);
    expect(renamed.kinds[0]).toBe(before.kinds[0]);
    expect(renamed.kinds[1]).not.toBe(before.kinds[1]);
    expect(renamed.kindsById.get('b' as KindId)?.name).toBe('Community hub');

    const same = taxonomyState(taxonomy([kind('a', 'Individual', 0), kind('b', 'Community hub', 1)]), renamed);
    expect(same.kinds).toBe(renamed.kinds);
    expect(same.kindsById).toBe(renamed.kindsById);
  });

  it('drops a deleted entry and takes a recoloured one', () => {
    const before = taxonomyState(taxonomy([kind('a', 'Individual', 0), kind('b', 'Hub', 1)]));
    const after = taxonomyState(taxonomy([kind('a', 'Individual', 0, '#ff0000')]), before);
    expect(after.kinds).toHaveLength(1);
    expect(after.kindsById.has('b' as KindId)).toBe(false);
    expect(after.kindsById.get('a' as KindId)?.colour).toBe('#ff0000');
  });

  it('splits the fields into actors’ (for filters, Size & colour, the table) and ties’, filtering again only when they change', () => {
    const field = (id: string, appliesTo: CustomField['appliesTo'], sortOrder: number): CustomField => ({
      id: id as CustomFieldId,
      name: id,
      type: 'text',
      options: [],
      sortOrder,
      safe: false,
      appliesTo,
    });
    const withFields = (customFields: CustomField[]): Taxonomy => ({
      ...taxonomy([kind('a', 'Individual', 0)]),
      customFields,
    });
    const before = taxonomyState(
      withFields([field('weight', 'tie', 1), field('budget', 'actor', 0), field('amount', 'tie', 2)]),
    );
    expect(before.actorFields.map((f) => f.id)).toEqual(['budget']);
    expect(before.tieFields.map((f) => f.id)).toEqual(['weight', 'amount']);
    const kindEdit = taxonomyState(
      {
        ...withFields([field('weight', 'tie', 1), field('budget', 'actor', 0), field('amount', 'tie', 2)]),
        kinds: [kind('a', 'Person', 0)],
      },
      before,
    );
    expect(kindEdit.actorFields).toBe(before.actorFields);
    expect(kindEdit.tieFields).toBe(before.tieFields);
    const added = taxonomyState(
      withFields([
        field('weight', 'tie', 1),
        field('budget', 'actor', 0),
        field('amount', 'tie', 2),
        field('age', 'actor', 3),
      ]),
      kindEdit,
    );
    expect(added.actorFields.map((f) => f.id)).toEqual(['budget', 'age']);
  });
});
