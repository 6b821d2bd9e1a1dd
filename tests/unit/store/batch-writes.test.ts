// Writing many records at once (an import, an undo of one): new ones go in by plain INSERT, the ones already there
// are updated in place, an id given twice ends as its last version, and the tie rules still hold on every row.
import { describe, expect, it } from 'vitest';
import type { Actor, ActorId, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { recordChanges } from '../../../src/main/store';
import { firstKind, newMap } from './temp-maps';

const actor = (i: number, kindId: Actor['kindId'], name = `Actor ${i}`): Actor => ({
  id: `a${i}` as ActorId,
  name,
  kindId,
  x: i,
  y: 0,
  ...blankActorDetails(),
});
const tie = (i: number, from: number, to: number, notes = ''): Tie => ({
  id: `t${i}` as TieId,
  fromId: `a${from}` as ActorId,
  toId: `a${to}` as ActorId,
  tieTypeId: null,
  direction: 'one-way',
  ...blankTieDetails(),
  notes,
});

describe('writing a batch of records', () => {
  it('inserts the new, updates those already there, and keeps the last of an id given twice', () => {
    const store = newMap();
    const kind = firstKind(store);
    const first = Array.from({ length: 100 }, (_, i) => actor(i, kind));
    store.transaction(() => store.applyChanges(recordChanges({ actors: first, ties: [] })));
    const [offerA, offerB] = store.taxonomy().careOffers.map((o) => o.id);
    // 100 more: half renamed ones already there, half new, and one new id twice (the second wins, links too).
    const second = [
      ...Array.from({ length: 50 }, (_, i) => actor(i, kind, `Renamed ${i}`)),
      ...Array.from({ length: 50 }, (_, i) => ({ ...actor(100 + i, kind), careOfferIds: i === 49 ? [offerA!] : [] })),
      { ...actor(149, kind, 'Given twice'), careOfferIds: [offerB!] },
    ];
    const ties = [...Array.from({ length: 60 }, (_, i) => tie(i, i, i + 1)), tie(0, 0, 1, 'again')];
    store.transaction(() => store.applyChanges(recordChanges({ actors: second, ties })));
    const byId = new Map(store.actors().map((a) => [a.id, a]));
    expect(byId.size).toBe(150);
    expect(byId.get('a3' as ActorId)?.name).toBe('Renamed 3');
    expect(byId.get('a70' as ActorId)?.name).toBe('Actor 70');
    expect(byId.get('a149' as ActorId)?.name).toBe('Given twice');
    expect(byId.get('a149' as ActorId)?.careOfferIds).toEqual([offerB]);
    expect(store.ties()).toHaveLength(60);
    expect(store.ties().find((t) => t.id === 't0')?.notes).toBe('again');
  });

  it('still refuses a second tie of the same ordered pair and type within one batch, writing none', () => {
    const store = newMap();
    const kind = firstKind(store);
    const actors = Array.from({ length: 60 }, (_, i) => actor(i, kind));
    const ties = [...Array.from({ length: 55 }, (_, i) => tie(i, i, i + 1)), tie(99, 0, 1)];
    expect(() => store.transaction(() => store.applyChanges(recordChanges({ actors, ties })))).toThrow();
    expect(store.actors()).toHaveLength(0);
    expect(store.ties()).toHaveLength(0);
  });

  it('stamps the versions of a batch as single writes do: new at the write, changed fields, unchanged kept', () => {
    const store = newMap();
    const kind = firstKind(store);
    const first = Array.from({ length: 60 }, (_, i) => actor(i, kind));
    store.transaction(() =>
      store.applyChanges(
        recordChanges({ actors: first, ties: Array.from({ length: 55 }, (_, i) => tie(i, i, i + 1)) }),
      ),
    );
    const v1 = store.changeCount();
    // The new rows went in by plain INSERT carrying the version: every one is at v1 with no field versions.
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    for (const [, version] of store.recordVersions('actors', ids('a', 60)))
      expect(version).toEqual({ version: v1, fields: {} });
    const tieVersions = store.recordVersions('ties', ids('t', 55));
    expect(tieVersions.size).toBe(55);
    for (const [, version] of tieVersions) expect(version).toEqual({ version: v1, fields: {} });
    // A second batch: 60 new actors (plain INSERT), one renamed, the rest of the first put back unchanged.
    const second = [
      ...first.map((a, i) => (i === 3 ? { ...a, name: 'Renamed 3' } : a)),
      ...Array.from({ length: 60 }, (_, i) => actor(100 + i, kind)),
    ];
    store.transaction(() => store.applyChanges(recordChanges({ actors: second, ties: [] })));
    const v2 = store.changeCount();
    expect(v2).toBeGreaterThan(v1);
    const after = store.recordVersions('actors', [...ids('a', 60), ...ids('a', 160).slice(100)]);
    expect(after.get('a3')).toEqual({ version: v2, fields: { name: v2 } });
    expect(after.get('a4')).toEqual({ version: v1, fields: {} });
    expect(after.get('a100')).toEqual({ version: v2, fields: {} });
    expect(after.get('a159')).toEqual({ version: v2, fields: {} });
  });
});
