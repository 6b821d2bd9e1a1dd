// Shared set-up for store and command tests: temp folders cleaned up after each test, and new maps in them.
import { afterEach } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KindId } from '../../../src/shared/domain';
import { createMapStore, seedTaxonomy, taxonomyOf, type MapStore, type MapStoreOptions } from '../../../src/main/store';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Closed automatically after the test (closing twice is harmless). */
export function track(store: MapStore): MapStore {
  cleanups.push(() => store.close());
  return store;
}

export function newMap(dir = tempDir(), name = 'Test map', options: MapStoreOptions = {}): MapStore {
  return track(createMapStore(join(dir, `${name}.caremap`), { name, ...taxonomyOf(seedTaxonomy()) }, options));
}

export function firstKind(store: MapStore): KindId {
  return store.kinds()[0]!.id;
}

/** A copy of a committed fixture in a temp folder, so tests never change the committed file. */
export function fixtureCopy(name: string): string {
  const target = join(tempDir(), name);
  copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), target);
  return target;
}

export interface FileSnapshot {
  bytes: Buffer;
  mtimeMs: number;
}

export function snapshot(path: string): FileSnapshot {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}
