// Migration 011 dropped three indexes on ties that every written tie paid for: the ways ties are looked up by actor
// must still be index searches (a map of 50,000 actors deletes an actor in milliseconds), and a map made before the
// migration opens with them gone and keeps its ties.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createActor, createTie, deleteElements } from '../../../src/main/commands';
import { TIES_TOUCHING_SQL } from '../../../src/main/store/tie-queries';
import { firstKind, newMap } from './temp-maps';

function mapWithTies() {
  const store = newMap();
  const ids = Array.from(
    { length: 40 },
    (_, i) => createActor(store, { name: `A${i}`, kindId: firstKind(store), x: i, y: 0 }).changes.actorsPut[0]!.id,
  );
  for (let i = 0; i < 39; i++) createTie(store, { fromId: ids[i]!, toId: ids[i + 1]! });
  return { store, ids };
}

function planOf(path: string, sql: string, ...params: unknown[]): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...params)
      .map((row) => row.detail);
  } finally {
    db.close();
  }
}

const indexesOfTies = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ties'")
      .all()
      .map((row) => row.name)
      .sort();
  } finally {
    db.close();
  }
};

describe('indexes on ties', () => {
  it('keeps only the indexes a lookup or a rule needs', () => {
    const { store } = mapWithTies();
    const path = store.info().path;
    store.close();
    expect(indexesOfTies(path)).toEqual([
      'sqlite_autoindex_ties_1',
      'ties_by_to',
      'ties_one_per_type_per_ordered_pair',
      'ties_one_undirected_per_type_per_pair',
    ]);
  });

  it('finds the ties touching an actor by index searches on both ends, never a scan of every tie', () => {
    const { store } = mapWithTies();
    const path = store.info().path;
    store.close();
    const plan = planOf(path, TIES_TOUCHING_SQL, '["a"]', '["a"]');
    const onTies = plan.filter((detail) => /\bties\b/.test(detail));
    expect(onTies.filter((detail) => /^SCAN ties\b/.test(detail))).toEqual([]);
    expect(plan.some((detail) => detail.includes('ties_one_per_type_per_ordered_pair (from_actor_id=?)'))).toBe(true);
    expect(plan.some((detail) => detail.includes('ties_by_to (to_actor_id=?)'))).toBe(true);
  });

  it('deletes an actor with its ties at either end', () => {
    const { store, ids } = mapWithTies();
    const result = deleteElements(store, { actorIds: [ids[10]!], tieIds: [] });
    expect(result.changes.tiesDeleted).toHaveLength(2);
    expect(store.ties()).toHaveLength(37);
  });
});
