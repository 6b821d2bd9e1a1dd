// The command line on real files in a temp folder: import (creating the map, JSON summary, sheets chosen by name,
// refusals that change nothing) and info (actors per kind, ties).
import { describe, expect, it } from 'vitest';
import { cliBin } from '../cli-bin';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { openMapStore } from '../../../src/main/store';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/caremap';
import type { ImportSummary } from '../../../src/shared/import';
import { tempDir } from '../store/temp-maps';
import { kumuWorkbook, utf8, workbookBytes } from './import-helpers';

/** The map's records and history (opening a map may checkpoint its file, so bytes are not the measure). */
function contents(path: string) {
  const store = openMapStore(path);
  try {
    const { info: _info, ...rest } = store.document();
    return { ...rest, steps: store.counts().history };
  } finally {
    store.close();
  }
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('caremap import', () => {
  it('creates the map, imports a Kumu workbook and prints the JSON summary through bin/caremap.mjs', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'partners.xlsx'), kumuWorkbook());
    const map = join(dir, 'Hackney.caremap');
    const result = spawnSync(
      process.execPath,
      [cliBin(), 'import', join(dir, 'partners.xlsx'), '--into', map, '--json'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as ImportSummary & { created: boolean };
    expect(summary).toMatchObject({
      created: true,
      fileName: 'partners.xlsx',
      counts: { actorsAdded: 4, actorsUpdated: 0, tiesAdded: 3 },
      problemCount: 0,
    });

    const info = spawnSync(process.execPath, [cliBin(), 'info', map, '--json'], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    const parsed = JSON.parse(info.stdout) as {
      actors: number;
      ties: number;
      kinds: { kind: string; actors: number }[];
    };
    expect(parsed).toMatchObject({ actors: 4, ties: 3 });
    expect(parsed.kinds.filter((k) => k.actors > 0)).toEqual([
      { kind: 'Individual active citizen', actors: 1 },
      { kind: 'Community charity / not-for-profit (CIC)', actors: 1 },
      { kind: 'Social enterprise or ethical business', actors: 1 },
      { kind: 'Statutory service', actors: 1 },
    ]);
  });

  it('prints problems with sheet, row and column; --sheet-actors/--sheet-ties and --create-missing choose', async () => {
    const dir = tempDir();
    const file = join(dir, 'book.xlsx');
    writeFileSync(
      file,
      workbookBytes({
        People: [
          ['Name', 'Phone'],
          ['Ada', ''],
          ['', '0207 000'],
        ],
        Links: [
          ['From', 'To'],
          ['Ada', 'Nobody'],
        ],
      }),
    );
    const map = join(dir, 'm.caremap');
    const first = capture();
    expect(
      await runCli(['import', file, '--into', map, '--sheet-actors', 'People', '--sheet-ties', 'Links'], first.io),
    ).toBe(0);
    expect(first.out.join('\n')).toBe(
      [
        'Imported “book.xlsx” into m: 1 actor added, 0 updated; 0 ties added, 0 updated.',
        '',
        '2 problems:',
        '  People, row 3, column A (Name): This row has no name, so it is not imported.',
        '  Links, row 2, column B (To): “Nobody” is not an actor in the file or the map, so this tie is not imported (or choose to create the actors ties name).',
      ].join('\n'),
    );
    const second = capture();
    expect(await runCli(['import', file, '--into', map, '--create-missing', '--json'], second.io)).toBe(0);
    expect(JSON.parse(second.out.join('\n'))).toMatchObject({
      created: false,
      counts: { actorsAdded: 1, tiesAdded: 1 },
    });
  });

  it('exits non-zero and changes nothing on a fatal error: no map is left behind, an existing map is untouched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.xlsx'), utf8('this is not a workbook'));
    const bad = capture();
    expect(await runCli(['import', join(dir, 'broken.xlsx'), '--into', join(dir, 'new.caremap')], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/^caremap: “broken\.xlsx” is not a spreadsheet/);
    expect(readdirSync(dir)).toEqual(['broken.xlsx']);

    writeFileSync(join(dir, 'blank.csv'), utf8('Name,Type\n,Person\n'));
    const map = join(dir, 'kept.caremap');
    writeFileSync(join(dir, 'ok.csv'), utf8('Name\nAda\n'));
    expect(await runCli(['import', join(dir, 'ok.csv'), '--into', map], capture().io)).toBe(0);
    const before = contents(map);
    const refused = capture();
    expect(await runCli(['import', join(dir, 'blank.csv'), '--into', map], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('“blank.csv” has no rows Caremap can import');
    expect(contents(map)).toEqual(before);

    const none = capture();
    expect(await runCli(['import', join(dir, 'blank.csv'), '--into', join(dir, 'fresh.caremap')], none.io)).toBe(1);
    expect(existsSync(join(dir, 'fresh.caremap'))).toBe(false);
    expect(await runCli(['import', join(dir, 'ok.csv')], capture().io)).toBe(2);
  });
});
