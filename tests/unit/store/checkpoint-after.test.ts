// A big import is committed when its answer comes back, and the WAL's copy into the map file follows just after
// instead of delaying that answer: the import must survive the app being killed in between, and SQLite's automatic
// checkpoint must be back for the edits that follow.
import { copyFileSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMapStore } from '../../../src/main/store';
import { benchMapRows, benchWorkbook } from '../../../bench/import-workbook';
import { importFile } from '../import/import-helpers';
import { newMap } from './temp-maps';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the checkpoint after a big import', () => {
  it('leaves the import in the WAL when the answer comes, safe if the app is killed, and in the file just after', async () => {
    const store = newMap();
    const path = store.info().path;
    const sizeBefore = statSync(path).size;
    const result = importFile(store, 'partners.xlsx', new Uint8Array(benchWorkbook(benchMapRows(2000))));
    expect(result.summary.counts).toMatchObject({ actorsAdded: 2000, tiesAdded: 6000 });
    // Killed now: the files as they are on disk, opened elsewhere, hold the whole import.
    const copy = join(mkdtempSync(join(tmpdir(), 'caremap-killed-')), 'copy.caremap');
    copyFileSync(path, copy);
    expect(existsSync(`${path}-wal`)).toBe(true);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    expect(statSync(path).size).toBe(sizeBefore);
    const reopened = openMapStore(copy);
    expect(reopened.actors()).toHaveLength(2000);
    expect(reopened.ties()).toHaveLength(6000);
    reopened.close();
    // A moment later the WAL has been copied into the file, and the automatic checkpoint is on again.
    await nextTurn();
    expect(statSync(path).size).toBeGreaterThan(sizeBefore + 1024 * 1024);
    expect(store.diagnostics().walAutocheckpoint).toBe(1000);
    store.close();
  });
});
