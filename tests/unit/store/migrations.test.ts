// Migrations: a map written by version 1 opens upgraded with its data intact; a file from a newer Caremap is refused.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { CaremapError } from '../../../src/shared/errors';
import { blankActorDetails, blankTieDetails, handProvenance } from '../../../src/shared/record-defaults';
import { createActor, undo } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { applyMigrations } from '../../../src/main/store/migrate';
import { MIGRATIONS, type Migration } from '../../../src/main/store/migrations';
import { fixtureCopy, newMap, snapshot, tempDir, track } from './temp-maps';

/** The version this build writes; later migrations (snapshots, pinned actors…) add to the list. */
const LATEST = MIGRATIONS.length;

function rawEdit(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

function openError(path: string): CaremapError {
  try {
    track(openMapStore(path));
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error('the map opened');
}

describe('migrating a version-1 map', () => {
  it('opens the v1 fixture at the current version with every record intact', () => {
    const path = fixtureCopy('map-v1.caremap');
    const store = track(openMapStore(path));
    const doc = store.document();
    expect(doc.info).toMatchObject({
      name: 'Fixture map v1',
      createdAt: '2025-01-15T10:00:00.000Z',
      schemaVersion: LATEST,
    });
    expect(doc.kinds.map((k) => k.id)).toEqual(['kind-individual', 'kind-grassroots', 'kind-statutory']);
    // Every record intact, with migration 003's defaults: drawn by hand, confirmed, date unknown.
    const details = blankActorDetails(handProvenance(null));
    expect(doc.actors).toEqual([
      { id: 'actor-ada', name: 'Ada Okafor', kindId: 'kind-individual', x: 0, y: 0, ...details },
      { id: 'actor-maple', name: 'Maple Street Mutual Aid', kindId: 'kind-grassroots', x: 220, y: 0, ...details },
      { id: 'actor-gp', name: 'Millbrook Medical Practice', kindId: 'kind-statutory', x: 440, y: 100.5, ...details },
      { id: 'actor-tomasz', name: 'Tomasz Nowak', kindId: 'kind-individual', x: 0, y: 100, ...details },
    ]);
    const tieDetails = blankTieDetails(handProvenance(null));
    expect(doc.ties).toEqual([
      {
        id: 'tie-1',
        fromId: 'actor-ada',
        toId: 'actor-maple',
        tieTypeId: 'type-peer',
        direction: 'mutual',
        ...tieDetails,
      },
      {
        id: 'tie-2',
        fromId: 'actor-gp',
        toId: 'actor-maple',
        tieTypeId: 'type-referral',
        direction: 'one-way',
        ...tieDetails,
      },
      { id: 'tie-3', fromId: 'actor-tomasz', toId: 'actor-ada', tieTypeId: null, direction: 'none', ...tieDetails },
    ]);
    // The lists that did not exist in version 1 arrive seeded.
    expect(doc.tieStatuses.map((t) => t.name)).toEqual(['Generative', 'Engaged', 'Inactive', 'Potential']);
    expect(doc.careOffers).toHaveLength(10);
    expect(doc.customFields).toEqual([]);
    // Migration 2's history table works on the upgraded file.
    createActor(store, { name: 'New since v1', kindId: doc.kinds[0]!.id, x: 0, y: 300 });
    expect(store.document().history.undoLabel).toBe('Add “New since v1”');
    undo(store);
    expect(store.actors()).toHaveLength(4);
    store.close();

    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT version, name FROM schema_version ORDER BY version').all()).toEqual([
      { version: 1, name: '001-core-tables' },
      { version: 2, name: '002-history-and-indexes' },
      { version: 3, name: '003-actor-details-and-taxonomy' },
      ...MIGRATIONS.slice(3).map(({ version, name }) => ({ version, name })),
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    db.close();
  });

  it('opens an already-current map without applying anything again', () => {
    const store = newMap();
    store.close();
    const again = track(openMapStore(store.path));
    expect(again.info().schemaVersion).toBe(LATEST);
    // Not seeded a second time: a new map got its lists once, from its creator.
    expect(again.document().careOffers).toHaveLength(10);
    again.close();
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM schema_version').get()).toEqual({ n: LATEST });
    db.close();
  });
});

describe('refusing drift', () => {
  it('refuses a map with a migration this Caremap does not know, and leaves it untouched', () => {
    const store = newMap(tempDir(), 'From the future');
    store.close();
    rawEdit(
      store.path,
      `INSERT INTO schema_version VALUES (${MIGRATIONS.at(-1)!.version + 1}, '999-something-new', '2030-01-01')`,
    );
    const before = snapshot(store.path);
    const error = openError(store.path);
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe(
      '“From the future.caremap” was made by a newer version of Caremap. Update Caremap to open it.',
    );
    expect(snapshot(store.path)).toEqual(before);
  });

  it('refuses a map whose migrations differ from ours at the same version', () => {
    const store = newMap();
    store.close();
    rawEdit(store.path, "UPDATE schema_version SET name = '002-another-branch' WHERE version = 2");
    expect(openError(store.path).code).toBe('newer-version');
  });

  it('refuses a map that claims to be a Caremap map but has no migration record', () => {
    const store = newMap();
    store.close();
    rawEdit(store.path, 'DROP TABLE schema_version');
    expect(openError(store.path).code).toBe('corrupt-map');
  });

  it('leaves a version-1 file at version 1 when it cannot be opened for writing', () => {
    const path = fixtureCopy('map-v1.caremap');
    // Another program holding the file the way Caremap does.
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN IMMEDIATE; COMMIT');
    expect(openError(path).code).toBe('map-in-use');
    holder.close();
    expect(appliedVersions(path)).toEqual([1]);
    track(openMapStore(path)).close();
    expect(appliedVersions(path)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies migrations in one transaction: a failing step leaves the file as it was', () => {
    const path = fixtureCopy('map-v1.caremap');
    const failing: Migration = {
      version: MIGRATIONS.at(-1)!.version + 1,
      name: '999-fails',
      up: () => {
        throw new Error('disk full, say');
      },
    };
    const db = new Database(path);
    expect(() => applyMigrations(db, path, [...MIGRATIONS, failing])).toThrow('disk full, say');
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name IN ('history', 'tie_statuses')").get(),
    ).toBeUndefined();
    db.close();
    expect(appliedVersions(path)).toEqual([1]);
  });
});

function appliedVersions(path: string): number[] {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[];
  db.close();
  return rows.map((r) => r.version);
}
