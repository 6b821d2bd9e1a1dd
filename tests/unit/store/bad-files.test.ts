// Files that are not healthy Caremap maps: each gets a clear error, and none is modified (bytes, mtime, no side files).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorId } from '../../../src/shared/domain';
import { CaremapError, type ErrorCode } from '../../../src/shared/errors';
import { blankActorDetails } from '../../../src/shared/record-defaults';
import { openMapStore, recordChanges } from '../../../src/main/store';
import { newMap, snapshot, tempDir, track } from './temp-maps';

/** Opens `path`, expects a refusal with `code`, and checks the folder is exactly as it was. */
function expectRefused(path: string, code: ErrorCode): CaremapError {
  const folder = join(path, '..');
  const listing = readdirSync(folder).sort();
  const before = snapshot(path);
  let caught: unknown;
  try {
    track(openMapStore(path));
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CaremapError);
  expect((caught as CaremapError).code).toBe(code);
  expect(snapshot(path)).toEqual(before);
  expect(readdirSync(folder).sort()).toEqual(listing);
  return caught as CaremapError;
}

/** A real map, closed, for tests to damage. */
function closedMap(name = 'Damaged'): string {
  const store = newMap(tempDir(), name);
  const kindId = store.kinds()[0]!.id;
  // Enough actors to spread the map over several pages.
  store.transaction(() =>
    store.applyChanges(
      recordChanges({
        actors: Array.from({ length: 300 }, (_, i) => ({
          id: `actor-${i}` as ActorId,
          name: `Actor number ${i}`,
          kindId,
          x: i,
          y: i,
          ...blankActorDetails(),
        })),
      }),
    ),
  );
  store.close();
  return store.path;
}

describe('files that are not Caremap maps', () => {
  it('refuses a text file by name', () => {
    const path = join(tempDir(), 'x.txt');
    writeFileSync(path, 'Ada Okafor, Maple Street Mutual Aid\n');
    expect(expectRefused(path, 'not-a-map').message).toBe('“x.txt” is not a Caremap map.');
  });

  it('refuses an empty file and a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.caremap'), '');
    expectRefused(join(dir, 'empty.caremap'), 'not-a-map');
    mkdirSync(join(dir, 'folder.caremap'));
    expect(() => openMapStore(join(dir, 'folder.caremap'))).toThrow(/is not a Caremap map/);
  });

  it('refuses another program’s SQLite database, in WAL mode or not, without SQLite touching it', () => {
    for (const walMode of [false, true]) {
      const path = join(tempDir(), 'someone-else.db');
      const db = new Database(path);
      if (walMode) db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not ours')");
      db.close();
      expect(expectRefused(path, 'not-a-map').message).toBe('“someone-else.db” is not a Caremap map.');
    }
  });

  it('says a missing file could not be found', () => {
    expect(() => openMapStore(join(tempDir(), 'gone.caremap'))).toThrow(
      expect.objectContaining({
        code: 'file-not-found',
        message: expect.stringContaining('“gone.caremap” could not be found'),
      }),
    );
  });
});

describe('damaged maps', () => {
  it('refuses a truncated map', () => {
    const path = closedMap();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(expectRefused(path, 'corrupt-map').message).toContain('is damaged and cannot be opened');
  });

  it('refuses a map with scribbled pages', () => {
    const path = closedMap();
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(4096 * 6);
    bytes.fill(0x5a, 4096 * 2, 4096 * 5); // pages 3–5: schema and record pages, header left intact
    writeFileSync(path, bytes);
    expectRefused(path, 'corrupt-map');
  });

  it('refuses a map cut off inside its header', () => {
    const path = closedMap();
    writeFileSync(path, readFileSync(path).subarray(0, 40));
    expectRefused(path, 'corrupt-map');
  });

  it('still opens the undamaged map (the damage tests are not refusing everything)', () => {
    const path = closedMap('Healthy');
    expect(track(openMapStore(path)).actors()).toHaveLength(300);
  });
});
