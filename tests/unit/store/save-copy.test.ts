// "Save a copy as": a complete, openable copy; an existing target replaced only by a finished copy.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, createTie, undo } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { firstKind, newMap, tempDir, track } from './temp-maps';

function mapWithRecords() {
  const store = newMap(tempDir(), 'Original');
  const kindId = firstKind(store);
  const a = createActor(store, { name: 'Ada Okafor', kindId, x: 10, y: 20 }).changes.actorsPut[0]!;
  const b = createActor(store, { name: 'Maple Street Mutual Aid', kindId, x: 230, y: 20 }).changes.actorsPut[0]!;
  createTie(store, { fromId: a.id, toId: b.id, direction: 'mutual' });
  return store;
}

describe('saveCopyAs', () => {
  it('writes a copy that opens with the same records and history, while the original stays open', () => {
    const store = mapWithRecords();
    const folder = tempDir();
    const target = join(folder, 'Copy.caremap');
    store.saveCopyAs(target);
    expect(readdirSync(folder)).toEqual(['Copy.caremap']); // no temporary file left behind

    const copy = track(openMapStore(target));
    expect(copy.actors()).toEqual(store.actors());
    expect(copy.ties()).toEqual(store.ties());
    expect(copy.info().name).toBe('Original');
    expect(copy.document().history.undoLabel).toBe(store.document().history.undoLabel);
    // The two files are independent.
    undo(copy);
    expect(copy.ties()).toHaveLength(0);
    expect(store.ties()).toHaveLength(1);
  });

  it('replaces an existing file at the target only when told to', () => {
    const store = mapWithRecords();
    const target = join(tempDir(), 'Old.caremap');
    writeFileSync(target, 'an old file');
    expect(() => store.saveCopyAs(target)).toThrow(expect.objectContaining({ code: 'file-exists' }));
    store.saveCopyAs(target, { replace: true });
    expect(track(openMapStore(target)).actors()).toHaveLength(2);
  });

  it('leaves the target as it was when the copy cannot be put there', () => {
    const store = mapWithRecords();
    const folder = tempDir();
    const target = join(folder, 'Busy.caremap');
    mkdirSync(target); // renaming a file over a folder fails
    writeFileSync(join(target, 'inside.txt'), 'keep me');
    expect(() => store.saveCopyAs(target)).toThrow(expect.objectContaining({ code: 'io-error' }));
    expect(readdirSync(folder)).toEqual(['Busy.caremap']);
    expect(readdirSync(target)).toEqual(['inside.txt']);
  });

  it('refuses to replace a map that is open elsewhere', () => {
    const store = mapWithRecords();
    const other = newMap(tempDir(), 'Other');
    expect(() => store.saveCopyAs(other.path, { replace: true })).toThrow(
      expect.objectContaining({ code: 'map-in-use' }),
    );
    expect(other.actors()).toEqual([]);
    other.close();
    store.saveCopyAs(other.path, { replace: true });
    expect(track(openMapStore(other.path)).actors()).toHaveLength(2);
  });

  it('fails clearly when the folder does not exist, and refuses to copy a map over itself', () => {
    const store = mapWithRecords();
    expect(() => store.saveCopyAs(join(tempDir(), 'missing', 'Copy.caremap'))).toThrow(
      expect.objectContaining({ code: 'io-error' }),
    );
    expect(() => store.saveCopyAs(store.path)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(existsSync(store.path)).toBe(true);
    expect(store.actors()).toHaveLength(2);
  });
});
