// Creating a tie checks for a duplicate between the same two actors: that check must be an index lookup at any map size
// (it walked every tie without a type before, 4–15 ms per new tie on a 20,000-actor map).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createTie } from '../../../src/main/commands';
import { TIES_BETWEEN_SQL } from '../../../src/main/store/tie-queries';
import { firstKind, newMap } from './temp-maps';
import { createActor } from '../../../src/main/commands';

describe('the duplicate-tie lookup', () => {
  it('searches the (from, to, type) index both ways round and never scans the ties table', () => {
    const store = newMap();
    const path = store.info().path;
    const ids = Array.from(
      { length: 30 },
      (_, i) => createActor(store, { name: `A${i}`, kindId: firstKind(store), x: i, y: 0 }).changes.actorsPut[0]!.id,
    );
    for (let i = 0; i < 29; i++) createTie(store, { fromId: ids[i]!, toId: ids[i + 1]! });
    store.close();
    const db = new Database(path, { readonly: true });
    try {
      db.exec('ANALYZE');
    } catch {
      // A read-only connection cannot gather statistics; the plan must hold without them too.
    }
    const plan = db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${TIES_BETWEEN_SQL}`)
      .all('a', 'b', '', 'b', 'a', '', 'a', 'b')
      .map((row) => row.detail);
    db.close();
    const onTies = plan.filter((detail) => /\bties\b/.test(detail));
    expect(onTies.length).toBeGreaterThanOrEqual(2);
    expect(onTies.filter((detail) => /^SCAN ties\b/.test(detail))).toEqual([]);
    expect(plan.filter((detail) => detail.includes('ties_one_per_type_per_ordered_pair'))).toHaveLength(2);
  });

  it('still finds the tie either way round, typed or not', () => {
    const store = newMap();
    const [a, b] = [0, 1].map(
      (i) => createActor(store, { name: `A${i}`, kindId: firstKind(store), x: i, y: 0 }).changes.actorsPut[0]!.id,
    );
    createTie(store, { fromId: a!, toId: b!, direction: 'mutual' });
    expect(store.tieClashingWith({ fromId: b!, toId: a!, tieTypeId: null, direction: 'one-way' })).toBeDefined();
    const type = store.tieTypes()[0]!.id;
    expect(store.tieClashingWith({ fromId: b!, toId: a!, tieTypeId: type, direction: 'one-way' })).toBeUndefined();
    createTie(store, { fromId: a!, toId: b!, tieTypeId: type });
    expect(store.tiesBetweenOf({ fromId: b!, toId: a!, tieTypeId: type, direction: 'one-way' })).toHaveLength(1);
  });
});
