// One content equality for records: key order does not matter, array order does, undefined counts as missing;
// and the places that used to compare JSON text (undo patches, taxonomy state) now use it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameContent } from '../../../src/shared/equal';
import { withoutUnchanged } from '../../../src/main/commands/patch';
import { recordSet } from '../../../src/main/store';
import { taxonomyState } from '../../../src/renderer/src/state/taxonomy-state';
import type { Kind, Taxonomy } from '../../../src/shared/domain';
import { actor, kind } from '../domain/sample-map';

describe('sameContent', () => {
  it('ignores key order, at every depth', () => {
    expect(sameContent({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
  });

  it('tells apart different values, lengths and nested arrays', () => {
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: [[1], [2]] }, { a: [[1], [2, 3]] })).toBe(false);
    expect(sameContent({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameContent({ a: null }, { a: {} })).toBe(false);
    expect(sameContent([], {})).toBe(false);
    expect(sameContent({ a: '1' }, { a: 1 })).toBe(false);
  });

  it('counts a key holding undefined as missing, as a stored record would', () => {
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameContent({ a: undefined }, { b: undefined })).toBe(true);
    expect(sameContent({ a: undefined, b: 1 }, { c: 1 })).toBe(false);
    expect(sameContent({ a: null }, {})).toBe(false);
  });

  it('agrees with comparing JSON text once keys are sorted, for any JSON value', () => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([x], [y]) => (x < y ? -1 : 1))
                .map(([k, x]) => [k, sortKeys(x)]),
            )
          : v;
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameContent(a, b)).toBe(JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b)));
        expect(sameContent(a, structuredClone(a))).toBe(true);
      }),
    );
  });
});

describe('callers compare by content', () => {
  it('an undo patch drops a record whose fields came back in another order', () => {
    const before = actor('a1', 'Ada', { x: 10, y: 20 });
    const reordered = Object.fromEntries(Object.entries(before).reverse()) as typeof before;
    const moved = { ...before, x: 30 };
    const pruned = withoutUnchanged({
      before: recordSet({ actors: [before] }),
      after: recordSet({ actors: [reordered] }),
    });
    expect(pruned.before.actors).toEqual([]);
    expect(pruned.after.actors).toEqual([]);
    const kept = withoutUnchanged({ before: recordSet({ actors: [before] }), after: recordSet({ actors: [moved] }) });
    expect(kept.after.actors).toEqual([moved]);
  });

  it('taxonomy state keeps the previous object for a kind that came back with its keys reordered', () => {
    const k: Kind = {
      id: kind('k1'),
      name: 'Neighbour',
      colour: '#123456',
      shape: 'circle',
      sortOrder: 0,
      people: true,
    };
    const taxonomy = (kinds: Kind[]): Taxonomy => ({
      kinds,
      tieTypes: [],
      tieStatuses: [],
      careOffers: [],
      customFields: [],
    });
    const first = taxonomyState(taxonomy([k]));
    const reordered = Object.fromEntries(Object.entries(k).reverse()) as Kind;
    expect(taxonomyState(taxonomy([reordered]), first).kinds[0]).toBe(first.kinds[0]);
    expect(taxonomyState(taxonomy([{ ...k, name: 'Friend' }]), first).kinds[0]).not.toBe(first.kinds[0]);
  });
});
