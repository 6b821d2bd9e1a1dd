// The canvas's looks: filter, hide or dim, focus and search combine into one look per actor and tie.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { useActorEncoding, MAX_SCALE, MIN_SCALE } from '../../../src/renderer/src/state/actor-encoding';
import {
  requestAllActors,
  resetDetails,
  setDetailsSource,
  useDetailsStore,
} from '../../../src/renderer/src/state/details-store';
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
    // Last: an open search or a tag filter from the test before would ask for the details again.
    resetDetails();
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

  it('a search looks in every field: it fetches the details, dims nothing meanwhile, then what it does not find', async () => {
    const asked: unknown[] = [];
    setDetailsSource(async (question) => {
      asked.push(question);
      return { actors: ACTORS, ties: [] };
    });
    setSearchQuery('pantry');
    expect(look('a')).toBe(FULL);
    expect(asked).toEqual([]);
    openSearch();
    setSearchQuery('pantry');
    // The tag is among the details: until they are here nobody is dimmed as if nothing matched.
    expect([look('a'), look('b'), look('c')]).toEqual([FULL, FULL, FULL]);
    expect(asked).toEqual([{ allActors: true }]);
    await requestAllActors();
    expect([look('a'), look('b'), look('c')]).toEqual([DIM, DIM, FULL]);
  });

  it('a filter on kinds runs on the slim records; one on tags waits for the details', async () => {
    setDetailsSource(async () => ({ actors: ACTORS, ties: TIES }));
    setFilter({ kindIds: [kind('citizen')] });
    expect([look('a'), look('b'), look('c')]).toEqual([FULL, DIM, DIM]);
    expect(useDetailsStore.getState().allActors).toBe(false);
    setFilter({ tags: ['pantry'] });
    expect([look('a'), look('b'), look('c')]).toEqual([FULL, FULL, FULL]);
    await requestAllActors();
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
