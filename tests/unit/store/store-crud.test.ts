// The store on real SQLite files: a new map, reading and writing records, transactions, foreign keys, reopening.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Actor, ActorId, ChangeSet, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import {
  CAREMAP_APPLICATION_ID,
  CURRENT_SCHEMA_VERSION,
  openMapStore,
  recordChanges,
  type RecordChanges,
} from '../../../src/main/store';
import { firstKind, newMap, tempDir, track } from './temp-maps';

/** The renderer's change-set words, turned into the store's write. */
function changes(c: Partial<ChangeSet>): RecordChanges {
  return recordChanges({ actors: c.actorsPut, ties: c.tiesPut }, { actors: c.actorsDeleted, ties: c.tiesDeleted });
}

function actor(id: string, kindId: Actor['kindId'], x = 0): Actor {
  return { id: id as ActorId, name: `Actor ${id}`, kindId, x, y: 0, ...blankActorDetails() };
}

function tie(id: string, from: string, to: string): Tie {
  return {
    id: id as TieId,
    fromId: from as ActorId,
    toId: to as ActorId,
    tieTypeId: null,
    direction: 'one-way',
    ...blankTieDetails(),
  };
}

describe('a new map', () => {
  it('starts with the seed taxonomy, no records, no history, at the current schema version', () => {
    const store = newMap(tempDir(), 'Hollybrook');
    const doc = store.document();
    expect(doc.info).toMatchObject({ name: 'Hollybrook', schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(CURRENT_SCHEMA_VERSION).toBe(11);
    expect(doc.kinds.map((k) => k.name)).toContain('Statutory service');
    expect(doc.kinds).toHaveLength(6);
    expect(doc.tieTypes).toHaveLength(8);
    expect(doc.tieStatuses.map((s) => [s.name, s.lineStyle])).toEqual([
      ['Generative', 'solid'],
      ['Engaged', 'long-dash'],
      ['Inactive', 'dashed'],
      ['Potential', 'dotted'],
    ]);
    expect(doc.careOffers.map((o) => o.name)).toEqual([
      'Peer support',
      'Emotional care',
      'Shared meals',
      'Mutual aid',
      'Community check-ins',
      'Wellbeing sessions',
      'Help with everyday tasks',
      'Advice',
      'Befriending',
      'Transport',
    ]);
    expect(doc.customFields).toEqual([]);
    expect(doc.actors).toEqual([]);
    expect(doc.ties).toEqual([]);
    expect(doc.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('runs in WAL mode with foreign keys on, synchronous NORMAL, an exclusive lock and our application id', () => {
    const store = newMap();
    expect(store.diagnostics()).toEqual({
      journalMode: 'wal',
      lockingMode: 'exclusive',
      foreignKeys: true,
      synchronous: 1,
      applicationId: CAREMAP_APPLICATION_ID,
      secureDelete: true,
      walAutocheckpoint: 1000,
    });
    store.close();
    const header = readFileSync(store.path);
    expect(header.readUInt32BE(68)).toBe(CAREMAP_APPLICATION_ID);
    expect([header[18], header[19]]).toEqual([2, 2]); // WAL, persisted in the file
  });

  it('is not confused by a -wal left behind by a deleted map of the same name', () => {
    const dir = tempDir();
    const old = newMap(dir, 'Reused');
    createOldWal(old);
    const fresh = newMap(dir, 'Reused');
    expect(fresh.actors()).toEqual([]);
  });

  it('leaves nothing beside the map once closed', () => {
    const dir = tempDir();
    const store = newMap(dir, 'Tidy');
    store.close();
    track(openMapStore(store.path)).close();
    expect(readdirSync(dir)).toEqual(['Tidy.caremap']);
  });
});

describe('records', () => {
  it('puts, updates and deletes actors and ties, and keeps them across a reopen', () => {
    const store = newMap();
    const kindId = firstKind(store);
    store.transaction(() =>
      store.applyChanges(
        changes({ actorsPut: [actor('a', kindId), actor('b', kindId)], tiesPut: [tie('t', 'a', 'b')] }),
      ),
    );
    store.transaction(() =>
      store.applyChanges(changes({ actorsPut: [{ ...actor('a', kindId), name: 'Renamed', x: 42.5 }] })),
    );
    expect(store.actorsByIds(['a' as ActorId])).toEqual([{ ...actor('a', kindId), name: 'Renamed', x: 42.5 }]);
    expect(store.tiesTouching(['b' as ActorId]).map((t) => t.id)).toEqual(['t']);
    expect(
      store.tiesBetweenOf({ fromId: 'b' as ActorId, toId: 'a' as ActorId, tieTypeId: null, direction: 'one-way' })[0]
        ?.id,
    ).toBe('t');

    store.close();
    const again = track(openMapStore(store.path));
    expect(again.actors().map((a) => a.name)).toEqual(['Renamed', 'Actor b']);
    expect(again.ties()).toEqual([tie('t', 'a', 'b')]);

    again.transaction(() =>
      again.applyChanges(changes({ tiesDeleted: ['t' as TieId], actorsDeleted: ['a' as ActorId] })),
    );
    expect(again.actors().map((a) => a.id)).toEqual(['b']);
    expect(again.ties()).toEqual([]);
  });

  it('enforces foreign keys: no tie to a missing actor, no deleting an actor that still has ties', () => {
    const store = newMap();
    const kindId = firstKind(store);
    expect(() => store.transaction(() => store.applyChanges(changes({ tiesPut: [tie('t', 'a', 'b')] })))).toThrow(
      /FOREIGN KEY/,
    );
    store.transaction(() =>
      store.applyChanges(
        changes({ actorsPut: [actor('a', kindId), actor('b', kindId)], tiesPut: [tie('t', 'a', 'b')] }),
      ),
    );
    expect(() => store.transaction(() => store.applyChanges(changes({ actorsDeleted: ['a' as ActorId] })))).toThrow(
      /FOREIGN KEY/,
    );
    expect(store.actors()).toHaveLength(2);
  });

  it('refuses a second tie of the same type the same way round, and a mutual tie beside one of the pair', () => {
    const store = newMap();
    const kindId = firstKind(store);
    store.transaction(() =>
      store.applyChanges(
        changes({
          actorsPut: [actor('a', kindId), actor('b', kindId), actor('c', kindId)],
          tiesPut: [tie('t1', 'a', 'b')],
        }),
      ),
    );
    expect(() => store.transaction(() => store.applyChanges(changes({ tiesPut: [tie('t2', 'a', 'b')] })))).toThrow(
      /UNIQUE/,
    );
    // A→B and B→A are two one-way ties (version 8), but a mutual tie holds the pair both ways round.
    store.transaction(() => store.applyChanges(changes({ tiesPut: [tie('t3', 'b', 'a')] })));
    expect(store.document().ties.map((t) => t.id)).toEqual(['t1', 't3']);
    store.transaction(() =>
      store.applyChanges(changes({ tiesPut: [{ ...tie('t4', 'a', 'c'), direction: 'mutual' }] })),
    );
    expect(() =>
      store.transaction(() =>
        store.applyChanges(changes({ tiesPut: [{ ...tie('t5', 'c', 'a'), direction: 'none' }] })),
      ),
    ).toThrow(/UNIQUE/);
  });

  it('rolls a failing transaction back whole', () => {
    const store = newMap();
    const kindId = firstKind(store);
    expect(() =>
      store.transaction(() => {
        store.applyChanges(changes({ actorsPut: [actor('a', kindId)] }));
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(store.actors()).toEqual([]);
  });
});

/** Simulates a crash that left a -wal full of edits, then deletes the map file itself. */
function createOldWal(store: ReturnType<typeof newMap>): void {
  const kindId = firstKind(store);
  store.transaction(() => store.applyChanges(changes({ actorsPut: [actor('ghost', kindId)] })));
  const wal = readFileSync(`${store.path}-wal`);
  store.close();
  rmSync(store.path);
  writeFileSync(`${store.path}-wal`, wal);
}
