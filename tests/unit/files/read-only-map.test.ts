// A map on read-only media, or a write-protected map file, opens read-only and says so: edits are refused with a
// sentence, the file is never touched, and `caremap info` and `caremap export` work on it.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/caremap';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { openMapStore } from '../../../src/main/store';
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/store';
import { makeReadOnly } from '../export/read-only-folder';
import { writeRichMap } from '../export/export-fixture';
import { snapshot, tempDir } from '../store/temp-maps';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(ROOT, 'tests', 'fixtures', 'map-child.ts');

let undoers: (() => void)[] = [];
let temps: TempBackend[] = [];
afterEach(() => {
  undoers.forEach((u) => u());
  undoers = [];
  temps.forEach((t) => t.dispose());
  temps = [];
});

function readOnly(path: string): void {
  const undo = makeReadOnly(path);
  if (!undo) throw new Error('This system cannot make a file read-only (chattr or chmod needed).');
  undoers.push(undo);
}

/** A map with five actors in a folder of its own, which is then made read-only (as a CD or a locked USB stick). */
function mapOnReadOnlyDrive(): { file: string; folder: string } {
  const folder = join(tempDir(), 'usb-stick');
  mkdirSync(folder);
  const { file } = writeRichMap(folder);
  readOnly(folder);
  return { file, folder };
}

const run = <T>(fn: () => T | Promise<T>): Promise<T> => Promise.resolve().then(fn);

const READ_ONLY_SENTENCE =
  '“Rich.caremap” is read-only (it is on a read-only drive, or the file is locked), so it cannot be changed. ' +
  'You can still look at it, export it, or save a copy somewhere else and work on the copy.';

describe('a map on a read-only drive', () => {
  it('opens read-only, refuses edits and snapshots with a sentence, and leaves the file and folder untouched', async () => {
    const { file, folder } = mapOnReadOnlyDrive();
    const before = snapshot(file);
    const listing = readdirSync(folder).sort();
    const t = createTempBackend();
    temps.push(t);
    const doc = await t.backend.handlers['map.open']({ path: file });
    expect(doc.info.readOnly).toBe(true);
    expect(doc.canvas.actorIds).toHaveLength(5);
    const edits: (() => unknown)[] = [
      () => t.backend.handlers['actors.create']({ name: 'Someone new', kindId: doc.kinds[0]!.id, x: 0, y: 0 }),
      () => t.backend.handlers['elements.delete']({ actorIds: [doc.canvas.actorIds[0]!], tieIds: [] }),
      () => t.backend.handlers['snapshots.save']({ name: 'Before' }),
    ];
    for (const edit of edits) {
      await expect(run(edit)).rejects.toThrow(
        expect.objectContaining({ code: 'read-only', message: READ_ONLY_SENTENCE }),
      );
    }
    // Save a copy somewhere writable, then work on that.
    const copy = join(t.mapsFolder, 'Working copy.caremap');
    await t.backend.handlers['map.saveCopyAs']({ path: copy });
    const opened = await t.backend.handlers['map.open']({ path: copy });
    expect(opened.info.readOnly).toBeUndefined();
    expect(opened.canvas.actorIds).toHaveLength(5);
    t.backend.close();
    expect(snapshot(file)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(listing);
  });

  it('works with `caremap info` and `caremap export`', async () => {
    const { file } = mapOnReadOnlyDrive();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    expect(await runCli(['info', file], io), err.join('\n')).toBe(0);
    expect(out.join('\n')).toContain('5 actors');
    const target = join(tempDir(), 'out.json');
    expect(await runCli(['export', file, '--to', target], io), err.join('\n')).toBe(0);
  });

  it('brings an older map up to date in memory only', () => {
    const folder = join(tempDir(), 'cd');
    mkdirSync(folder);
    const file = join(folder, 'Old.caremap');
    copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'map-v1.caremap'), file);
    readOnly(folder);
    const before = snapshot(file);
    const store = openMapStore(file);
    expect(store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.info().readOnly).toBe(true);
    expect(store.actors().length).toBeGreaterThan(0);
    store.close();
    expect(snapshot(file)).toEqual(before);
  });
});

describe('a map left with a -wal (Caremap was killed) on a drive that is now read-only', () => {
  it('opens read-only with the edits the -wal holds, and the drive is left as it was', () => {
    const folder = join(tempDir(), 'unplugged');
    mkdirSync(folder);
    const { file } = writeRichMap(folder);
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'edit-and-crash', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(child.stdout).toContain('edited');
    expect(existsSync(`${file}-wal`)).toBe(true);
    readOnly(folder);
    const listing = readdirSync(folder).sort();
    const store = openMapStore(file);
    expect(store.info().readOnly).toBe(true);
    expect(store.actors().map((a) => a.name)).toContain('Written before the crash');
    store.close();
    expect(readdirSync(folder).sort()).toEqual(listing);
  });
});

describe('a write-protected map file in a writable folder', () => {
  it('opens read-only too', () => {
    const { file } = writeRichMap(tempDir());
    readOnly(file);
    const store = openMapStore(file);
    expect(store.info().readOnly).toBe(true);
    expect(() => store.transaction(() => null)).toThrow(READ_ONLY_SENTENCE);
    store.close();
  });
});
