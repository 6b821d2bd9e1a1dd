// Deleted people are gone from the file: Forget this person (map, undo history, every snapshot, no page left
// holding them), Save a copy to share (no history, no snapshots, written fresh), and secure_delete on every map
// connection. Each is checked by scanning the raw bytes of the files (and any -wal) for the person's details.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ActorId } from '../../../src/shared/domain';
import { saveSnapshot, undo } from '../../../src/main/commands';
import { forgetPerson } from '../../../src/main/commands/forget-person';
import { deleteElements, moveActors } from '../../../src/main/commands';
import { openMapStore, writeShareCopy, FORGOTTEN_NAME, type MapStore } from '../../../src/main/store';
import { parseRequest } from '../../../src/shared/validate';
import { createBackend } from '../../../src/main/api/create-backend';
import { run } from '../commands/run-operation';
import { tempDir, track } from '../store/temp-maps';
import { PERSON, writePrivacyMap } from './privacy-fixture';

const PERSON_ID = 'person-1' as ActorId;
const OLD_NAME = 'Adaeze Q. (before her rename)';

/** The file and its WAL as they are on disk now. */
function rawBytes(path: string): Buffer {
  const parts = [readFileSync(path)];
  if (existsSync(`${path}-wal`)) parts.push(readFileSync(`${path}-wal`));
  return Buffer.concat(parts);
}

function found(path: string, texts: readonly string[]): string[] {
  const bytes = rawBytes(path);
  return texts.filter((t) => bytes.includes(Buffer.from(t, 'utf8')));
}

const TRACES = [PERSON.name, OLD_NAME, PERSON.email, PERSON.phone, PERSON.nhsNumber];

/** The person renamed (the old name now lives only in history), re-contacted, snapshotted and tied in. */
function mapWithHistory(): { file: string; store: MapStore } {
  const { file } = writePrivacyMap(tempDir());
  const store = track(openMapStore(file));
  run(store, 'actors.update', { ids: [PERSON_ID], patch: { name: OLD_NAME } });
  saveSnapshot(store, { name: `Before ${OLD_NAME} moved` });
  run(store, 'actors.update', {
    ids: [PERSON_ID],
    patch: { name: PERSON.name, contact: { email: PERSON.email, phone: PERSON.phone } },
  });
  const other = run(store, 'actors.create', { name: 'Riverside GP', kindId: store.kinds()[5]!.id, x: 0, y: 300 })
    .changes.actorsPut[0]!;
  run(store, 'ties.create', { fromId: PERSON_ID, toId: other.id });
  saveSnapshot(store, { name: 'After the spring workshop' });
  moveActors(store, parseRequest('actors.move', { moves: [{ id: other.id, x: 10, y: 310 }] }));
  return { file, store };
}

describe('Forget this person', () => {
  it('leaves no trace of them in the map file or its WAL, and keeps everyone else and their history', () => {
    const { file, store } = mapWithHistory();
    store.close();
    // Without forgetting, the file holds every trace (this is what the test would catch if Forget broke).
    expect(found(file, TRACES)).toEqual(TRACES);

    const reopened = track(openMapStore(file));
    const result = forgetPerson(reopened, parseRequest('actors.forget', { id: PERSON_ID }));
    expect(result.changes.actorsDeleted).toEqual([PERSON_ID]);
    expect(result.changes.tiesDeleted).toHaveLength(2);
    // While still open (WAL emptied by the rebuild) and after closing.
    expect(found(file, TRACES)).toEqual([]);
    const doc = reopened.document();
    expect(doc.actors.map((a) => a.name).sort()).toEqual(['Elm Road Food Bank', 'Riverside GP']);
    for (const info of reopened.snapshots.list()) {
      const snapshot = reopened.snapshots.get(info.id);
      expect(snapshot.content.actors.some((a) => a.id === PERSON_ID)).toBe(false);
      expect(snapshot.name).not.toContain(OLD_NAME);
      expect(snapshot.actorCount).toBe(snapshot.content.actors.length);
    }
    expect(reopened.snapshots.list().map((s) => s.name)).toContain(`Before ${FORGOTTEN_NAME} moved`);
    // Steps about other people still undo: the move of Riverside GP, then its creation.
    expect(doc.history.undoLabel).toMatch(/^Move/);
    undo(reopened);
    reopened.close();
    expect(found(file, TRACES)).toEqual([]);
  });

  it('also clears free pages left by deletions made before secure_delete (maps from earlier versions)', () => {
    const { file } = writePrivacyMap(tempDir());
    const marker = 'Old snapshot of Zebedee Marchbanks';
    const db = new Database(file);
    db.pragma('secure_delete = OFF');
    db.prepare(
      "INSERT INTO snapshots (id, name, created_at, content_json, actor_count, tie_count) VALUES ('s', ?, '2025-01-01', ?, 0, 0)",
    ).run(marker, JSON.stringify({ note: marker.repeat(200) }));
    db.prepare("DELETE FROM snapshots WHERE id = 's'").run();
    db.close();
    expect(found(file, [marker])).toEqual([marker]);
    const store = track(openMapStore(file));
    forgetPerson(store, parseRequest('actors.forget', { id: PERSON_ID }));
    expect(found(file, [marker])).toEqual([]);
  });

  it('is refused for an actor no longer on the map, and records no undo step', () => {
    const { store } = mapWithHistory();
    const before = store.history.state();
    forgetPerson(store, parseRequest('actors.forget', { id: PERSON_ID }));
    expect(store.history.state().undoLabel).toBe(before.undoLabel);
    expect(() => forgetPerson(store, parseRequest('actors.forget', { id: PERSON_ID }))).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});

describe('Save a copy to share', () => {
  it('holds no history and no snapshots, so a deleted person is not in it (the map itself still has them to undo)', () => {
    const { file, store } = mapWithHistory();
    deleteElements(store, parseRequest('elements.delete', { actorIds: [PERSON_ID], tieIds: [] }));
    const copy = join(tempDir(), 'To share.caremap');
    writeShareCopy(store, copy, false);
    store.close();
    expect(found(file, [PERSON.name, PERSON.email])).toEqual([PERSON.name, PERSON.email]);
    expect(found(copy, TRACES)).toEqual([]);
    const shared = track(openMapStore(copy));
    expect(shared.history.count()).toBe(0);
    expect(shared.snapshots.list()).toEqual([]);
    expect(
      shared
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Elm Road Food Bank', 'Riverside GP']);
  });

  it('anonymised, holds no person’s name or details even for people still on the map', () => {
    const { store } = mapWithHistory();
    const copy = join(tempDir(), 'Anonymised.caremap');
    writeShareCopy(store, copy, true);
    expect(found(copy, [...TRACES, 'person-1'])).toEqual([]);
    const shared = track(openMapStore(copy));
    expect(shared.actors().map((a) => a.name)).toContain('Person 1');
  });

  it('refuses to write over the open map or an existing file', () => {
    const { file, store } = mapWithHistory();
    expect(() => writeShareCopy(store, file, false)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    const copy = join(tempDir(), 'Once.caremap');
    writeShareCopy(store, copy, false);
    expect(() => writeShareCopy(store, copy, false)).toThrow(expect.objectContaining({ code: 'file-exists' }));
  });
});

describe('secure_delete', () => {
  it('zeroes a deleted snapshot’s content instead of leaving it in free space', () => {
    const { file } = writePrivacyMap(tempDir());
    const store = track(openMapStore(file));
    const marker = 'Zebedee Marchbanks private session';
    const info = saveSnapshot(store, { name: marker });
    store.snapshots.delete(info.id);
    store.close();
    expect(found(file, [marker])).toEqual([]);
  });
});

describe('through the API', () => {
  it('actors.forget and map.saveShareCopy work on the open map, and refuse bad input', async () => {
    const dir = tempDir();
    const { file } = writePrivacyMap(dir);
    const backend = createBackend({ mode: 'browser', version: '0.0.0-test', dataDir: dir, mapsFolder: dir });
    try {
      backend.openInitialMap(file);
      const copy = join(dir, 'Shared.caremap');
      expect(
        await backend.handlers['map.saveShareCopy'](parseRequest('map.saveShareCopy', { path: copy, anonymise: true })),
      ).toEqual({ path: copy });
      expect(found(copy, TRACES)).toEqual([]);
      const result = await backend.handlers['actors.forget'](parseRequest('actors.forget', { id: PERSON_ID }));
      expect(result.changes.actorsDeleted).toEqual([PERSON_ID]);
      expect(() => parseRequest('map.saveShareCopy', { path: join(dir, 'x.txt'), anonymise: true })).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      );
      expect(() => parseRequest('map.saveShareCopy', { path: copy })).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      );
    } finally {
      backend.close();
    }
  });
});
