// The canvas's looks: filter, hide or dim, focus and search combine into one look per actor and tie.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { useActorEncoding, MAX_SCALE, MIN_SCALE } from '../../../src/renderer/src/state/actor-encoding';
import { useDocumentStore } from '../../../src/renderer/src/state/document-store';
import { setSizeBy } from '../../../src/renderer/src/state/encoding-store';
import { closeSearch, openSearch, setSearchQuery } from '../../../src/renderer/src/state/search-store';
import { clearFilter, setFilter, setFilteredOut, setFocus } from '../../../src/renderer/src/state/view-store';
import { actorLook, DIM, FULL, HIDDEN, tieLook, useVisibleStore } from '../../../src/renderer/src/state/visible-ids';
import { actor, kind, tie } from '../domain/sample-map';

const ACTORS = [
  actor('a', 'Ada', { kindId: kind('citizen') }),
  actor('b', 'Lunch Club', { kindId: kind('group') }),
  actor('c', 'Food Bank', { kindId: kind('group'), tags: ['pantry'] }),
];
const TIES = [tie('ab', 'a', 'b'), tie('bc', 'b', 'c')];
const look = (id: string) => actorLook(useVisibleStore.getState(), id);

describe('visible ids', () => {
  beforeEach(() => {
    useDocumentStore.setState({
      actors: new Map(ACTORS.map((a) => [a.id, a])),
      ties: new Map(TIES.map((t) => [t.id, t])),
    });
    clearFilter();
    setFocus(null);
    closeSearch();
    setFilteredOut('dim');
  });

  it('dims or hides what the filter leaves out, and its ties', () => {
    setFilter({ kindIds: [kind('group')] });
    expect([look('a'), look('b'), look('c')]).toEqual([DIM, FULL, FULL]);
    expect(tieLook(useVisibleStore.getState(), 'ab')).toBe(DIM);
    expect(tieLook(useVisibleStore.getState(), 'bc')).toBe(FULL);
    setFilteredOut('hide');
    expect(look('a')).toBe(HIDDEN);
    clearFilter();
    expect(look('a')).toBe(FULL);
  });

  it('focus keeps the neighbourhood and the ties among it in full', () => {
    setFocus({ actorId: 'a' as ActorId, steps: 1 });
    expect([look('a'), look('b'), look('c')]).toEqual([FULL, FULL, DIM]);
    expect(tieLook(useVisibleStore.getState(), 'ab')).toBe(FULL);
    expect(tieLook(useVisibleStore.getState(), 'bc')).toBe(DIM);
    setFocus({ actorId: 'a' as ActorId, steps: 2 });
    expect(look('c')).toBe(FULL);
  });

  it('a search dims the actors it does not find, only while the box is open', () => {
    setSearchQuery('pantry');
    expect(look('a')).toBe(FULL);
    openSearch();
    setSearchQuery('pantry');
    expect([look('a'), look('b'), look('c')]).toEqual([DIM, DIM, FULL]);
  });

  it('sizes actors by their number of ties', () => {
    setSizeBy('ties');
    const scale = useActorEncoding.getState().scale!;
    expect(scale.get('b' as ActorId)).toBeCloseTo(MAX_SCALE);
    expect(scale.get('a' as ActorId)).toBeCloseTo(MIN_SCALE);
    setSizeBy('none');
    expect(useActorEncoding.getState().scale).toBeNull();
  });
});
