// Opening the import dialog gets the reader ready (import.prepare): the read of the file picked next must use that
// worker, not start another, and preparing twice must not start two.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/api/create-backend';
import { importWorkerStats } from '../../../src/main/import/run-import-worker';

/** Handlers of browser mode on a new map in a folder of its own, removed afterwards. */
async function withBackend(use: (h: Backend['handlers']) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-prepare-'));
  const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
  try {
    backend.openInitialMap(join(dir, 'm.caremap'));
    await use(backend.handlers);
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
type Backend = ReturnType<typeof createBackend>;

describe('preparing the import reader as the dialog opens', () => {
  it('starts one worker, which the next read then uses', async () => {
    await withBackend(async (h) => {
      // A read leaves its worker idle; this test's own prepare must find it or start exactly one.
      await h['import.read']({ fileName: 'a.csv', base64: Buffer.from('Name\nAda\n').toString('base64') });
      const before = importWorkerStats.started;
      expect(await h['import.prepare']({})).toEqual({ ready: true });
      expect(await h['import.prepare']({})).toEqual({ ready: true });
      expect(importWorkerStats.started).toBe(before);
      const read = await h['import.read']({ fileName: 'b.csv', base64: Buffer.from('Name\nBo\n').toString('base64') });
      expect(read.counts.actorsAdded).toBe(1);
      expect(importWorkerStats.started).toBe(before);
    });
  });

  it('starts a worker when none is idle, and the read after it starts none', async () => {
    await withBackend(async (h) => {
      // Two reads at once: the second finds the idle worker taken and starts its own; one of them is then idle.
      const csv = Buffer.from('Name\nAda\n').toString('base64');
      await Promise.all([
        h['import.read']({ fileName: 'a.csv', base64: csv }),
        h['import.read']({ fileName: 'b.csv', base64: csv }),
      ]);
      const busy = h['import.read']({ fileName: 'c.csv', base64: csv });
      const before = importWorkerStats.started;
      // The idle worker is busy with c.csv: preparing starts a fresh one, and the next read uses it.
      await h['import.prepare']({});
      expect(importWorkerStats.started).toBe(before + 1);
      await busy;
      await h['import.read']({ fileName: 'd.csv', base64: csv });
      expect(importWorkerStats.started).toBe(before + 1);
    });
  });
});
