// Maps, their WAL, copies, shared copies, exports and reports are written owner-only (0600): other users of the
// computer cannot read who is cared for by whom.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/caremap';
import { writeFileAtomic } from '../../../src/main/files/write-file-atomic';
import { openMapStore, writeShareCopy } from '../../../src/main/store';
import { newMap, tempDir, track } from '../store/temp-maps';
import { writePrivacyMap } from './privacy-fixture';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const quiet = { out: () => {}, err: (t: string) => console.error(t) };

describe.skipIf(process.platform === 'win32')('owner-only files', () => {
  it('a new map and its WAL', () => {
    const store = newMap();
    expect(modeOf(store.path)).toBe(0o600);
    expect(existsSync(`${store.path}-wal`)).toBe(true);
    expect(modeOf(`${store.path}-wal`)).toBe(0o600);
  });

  it('Save a copy as, and Save a copy to share', () => {
    const dir = tempDir();
    const { file } = writePrivacyMap(dir);
    expect(modeOf(file)).toBe(0o600);
    const store = track(openMapStore(file));
    store.saveCopyAs(join(dir, 'Copy.caremap'));
    writeShareCopy(store, join(dir, 'Shared.caremap'), true);
    expect(modeOf(join(dir, 'Copy.caremap'))).toBe(0o600);
    expect(modeOf(join(dir, 'Shared.caremap'))).toBe(0o600);
  });

  it('exported files (the Electron save and the command line) and reports', async () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'export.csv'), 'Name\nAda\n');
    expect(modeOf(join(dir, 'export.csv'))).toBe(0o600);
    const { file } = writePrivacyMap(dir);
    expect(await runCli(['export', file, '--to', join(dir, 'cli.xlsx')], quiet)).toBe(0);
    expect(await runCli(['analyse', file, '--report', join(dir, 'report.md')], quiet)).toBe(0);
    const written = readdirSync(dir).filter((n) => /^(cli\.xlsx|report)/.test(n));
    expect(written.sort()).toEqual([
      'cli.xlsx',
      'report - actors by kind.svg',
      'report - map.png',
      'report - who is tied to whom.svg',
      'report.md',
    ]);
    for (const name of written) expect(modeOf(join(dir, name)), name).toBe(0o600);
  });
});
