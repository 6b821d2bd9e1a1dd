// ties.update { reverse: true }: the right-click menu's "Reverse direction", one undo step.
import { describe, expect, it } from 'vitest';
import { createActor, createTie, undo, updateTies } from '../../../src/main/commands';
import { parseRequest } from '../../../src/shared/validate';
import { firstKind, newMap } from '../store/temp-maps';

describe('reversing a tie', () => {
  it('swaps its ends and keeps everything else, as one step Undo takes back', () => {
    const store = newMap();
    const kindId = firstKind(store);
    const ada = createActor(store, { name: 'Ada', kindId, x: 0, y: 0 }).changes.actorsPut[0]!;
    const club = createActor(store, { name: 'Lunch Club', kindId, x: 100, y: 0 }).changes.actorsPut[0]!;
    const tie = createTie(store, { fromId: club.id, toId: ada.id, strength: 'strong', notes: 'weekly' }).changes
      .tiesPut[0]!;
    updateTies(store, parseRequest('ties.update', { ids: [tie.id], patch: { reverse: true } }));
    expect(store.ties()[0]).toEqual({ ...tie, fromId: ada.id, toId: club.id });
    expect(store.history.state().undoLabel).toBe('Reverse tie between “Lunch Club” and “Ada”');
    undo(store);
    expect(store.ties()[0]).toEqual(tie);
  });

  it('takes only true: "reverse: false" is refused rather than silently ignored', () => {
    expect(() => parseRequest('ties.update', { ids: ['t'], patch: { reverse: false } })).toThrow();
  });
});
