// Crafted map files: a trigger, view, table or index Caremap did not make is refused before anything runs, and
// every connection distrusts the schema (trusted_schema = OFF).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CaremapError } from '../../../src/shared/errors';
import { openMapStore } from '../../../src/main/store';
import { expectedSchema } from '../../../src/main/store/expected-schema';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { openSqlite } from '../../../src/main/store/sql-connection';
import { fixtureCopy, newMap, snapshot, track } from './temp-maps';

/** A closed map with one actor, altered by another program (raw SQLite, as an attacker would). */
function craftedMap(sql: string): string {
  const store = newMap(undefined, 'Crafted');
  store.close();
  const db = new Database(store.path);
  db.exec(sql);
  db.close();
  return store.path;
}

function refusal(path: string): CaremapError {
  const before = snapshot(path);
  const listing = readdirSync(join(path, '..')).sort();
  let caught: unknown;
  try {
    track(openMapStore(path));
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CaremapError);
  expect(snapshot(path)).toEqual(before);
  expect(readdirSync(join(path, '..')).sort()).toEqual(listing);
  return caught as CaremapError;
}

describe('a map file with things Caremap did not put there', () => {
  it('refuses a trigger that would undo deletions, naming it', () => {
    const path = craftedMap(`CREATE TRIGGER keep_them AFTER DELETE ON actors BEGIN SELECT 1; END`);
    const error = refusal(path);
    expect(error.code).toBe('unexpected-schema');
    expect(error.message).toBe(
      '“Crafted.caremap” was not opened: it holds a trigger “keep_them” that Caremap did not put there, so another program ' +
        'has changed it. Open a backup of the map, or ask whoever sent it for a fresh copy.',
    );
  });

  it('refuses a hidden table, a view and an extra index', () => {
    expect(refusal(craftedMap('CREATE TABLE copied (name TEXT)')).message).toContain('a table “copied”');
    expect(refusal(craftedMap('CREATE VIEW everyone AS SELECT name FROM actors')).message).toContain(
      'a view “everyone”',
    );
    expect(refusal(craftedMap('CREATE INDEX by_name ON actors (name)')).message).toContain('an index “by_name”');
  });

  it('refuses a map whose own trigger or index was dropped or redefined', () => {
    expect(refusal(craftedMap('DROP INDEX actors_by_kind')).code).toBe('unexpected-schema');
    expect(
      refusal(craftedMap('DROP INDEX actors_by_kind; CREATE INDEX actors_by_kind ON actors (name)')).message,
    ).toContain('“actors_by_kind”');
  });

  it('still opens the maps it made, of every version (fixtures v1–v3 and a new one)', () => {
    for (const name of ['map-v1.caremap', 'map-v2.caremap', 'map-v3.caremap']) {
      expect(() => track(openMapStore(fixtureCopy(name))).close()).not.toThrow();
    }
    const store = newMap();
    store.close();
    expect(track(openMapStore(store.path)).schemaVersion).toBe(MIGRATIONS.length);
  });

  it('allows SQLite’s own planner statistics (ANALYZE), which hold no code', () => {
    const path = craftedMap('ANALYZE');
    expect(track(openMapStore(path)).schemaVersion).toBe(MIGRATIONS.length);
  });

  it('derives the expected schema from the migrations themselves', () => {
    const names = [...expectedSchema(MIGRATIONS.length).values()].map((row) => `${row.type} ${row.name}`);
    expect(names).toContain('table actors');
    expect(names).toContain('index ties_one_per_type_per_ordered_pair');
    expect(names.some((n) => n.startsWith('trigger'))).toBe(false);
    // Fewer migrations, fewer objects: an older map is checked against its own version.
    expect(expectedSchema(1).size).toBeLessThan(expectedSchema(MIGRATIONS.length).size);
  });
});

describe('trusted_schema', () => {
  it('is off on every connection the store opens', () => {
    const store = newMap();
    store.close();
    const db = openSqlite(store.path, { readonly: true });
    try {
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    } finally {
      db.close();
    }
  });
});
