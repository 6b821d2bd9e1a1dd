// `caremap export` on real map files: each format through bin/caremap.mjs, CSV as two files, clear refusals, and a
// failed write that leaves the file already there untouched.
import { describe, expect, it } from 'vitest';
import { cliBin } from '../cli-bin';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli } from '../../../src/cli/caremap';
import { tempDir } from '../store/temp-maps';
import { INDIVIDUAL_NAMES, writeRichMap } from './export-fixture';
import { makeReadOnly } from './read-only-folder';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('caremap export', () => {
  it('writes an xlsx through bin/caremap.mjs', () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    const target = join(dir, 'out.xlsx');
    const result = spawnSync(process.execPath, [cliBin(), 'export', file, '--to', target], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`to ${target}`);
    const book = XLSX.read(readFileSync(target), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json(book.Sheets.Actors!)).toHaveLength(5);
  });

  it('writes x-actors.csv and x-ties.csv for --to x.csv, and GraphML, GEXF and JSON by their endings', async () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    for (const name of ['x.csv', 'x.graphml', 'x.gexf', 'x.json']) {
      const { io, err } = capture();
      expect(await runCli(['export', file, '--to', join(dir, name)], io), err.join('\n')).toBe(0);
    }
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('x'))
        .sort(),
    ).toEqual(['x-actors.csv', 'x-ties.csv', 'x.gexf', 'x.graphml', 'x.json']);
    expect(readFileSync(join(dir, 'x-ties.csv'), 'utf8')).toContain('Ada Okafor,Maple Street Mutual Aid,Referral');
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8'))).toMatchObject({
      type: 'caremap',
      version: 1,
      actors: expect.any(Array),
    });
    expect(readFileSync(join(dir, 'x.graphml'), 'utf8')).toContain('<graphml');
    expect(readFileSync(join(dir, 'x.gexf'), 'utf8')).toContain('version="1.3"');
  });

  it('draws PNG (at --scale) and SVG pictures with the same picture code as the app', async () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    for (const args of [
      ['--to', join(dir, 'm.png'), '--scale', '3'],
      ['--to', join(dir, 'm.svg'), '--anonymise'],
    ]) {
      const { io, err } = capture();
      expect(await runCli(['export', file, ...args], io), err.join('\n')).toBe(0);
    }
    const png = readFileSync(join(dir, 'm.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = readFileSync(join(dir, 'm.svg'), 'utf8');
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(Math.round(width * 3));
    expect(svg).toContain('Person 1');
    for (const name of INDIVIDUAL_NAMES) expect(svg).not.toContain(name);
    const bad = capture();
    expect(await runCli(['export', file, '--to', join(dir, 'n.png'), '--scale', '5'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('--scale takes 1, 2, 3 or 4');
  });

  it('anonymises with --anonymise', async () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    const { io, out } = capture();
    expect(await runCli(['export', file, '--to', join(dir, 'a.json'), '--anonymise'], io)).toBe(0);
    expect(out.join('\n')).toContain('(anonymised)');
    const text = readFileSync(join(dir, 'a.json'), 'utf8');
    for (const name of INDIVIDUAL_NAMES) expect(text).not.toContain(name);
    expect(text).toContain('Person 1');
  });

  it('refuses an unknown ending or a missing --to (exit 2), and a missing map (exit 1), writing nothing', async () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    const wrong = capture();
    expect(await runCli(['export', file, '--to', join(dir, 'x.pdf')], wrong.io)).toBe(2);
    expect(wrong.err.join('\n')).toContain('not "x.pdf"');
    const none = capture();
    expect(await runCli(['export', file], none.io)).toBe(2);
    expect(none.err.join('\n')).toContain('Usage: caremap export');
    const missing = capture();
    expect(await runCli(['export', join(dir, 'nope.caremap'), '--to', join(dir, 'x.xlsx')], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toMatch(/^caremap: /);
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('says so when the folder is a file, and exits 1', async () => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    writeFileSync(join(dir, 'notes.txt'), 'not a folder');
    const { io, err } = capture();
    expect(await runCli(['export', file, '--to', join(dir, 'notes.txt', 'x.xlsx')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/^caremap: .+/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('not a folder');
  });

  it('leaves an existing export untouched when the folder cannot be written to', async (context) => {
    const dir = tempDir();
    const { file } = writeRichMap(dir);
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'map.xlsx'), 'the export from last week');
    const unlock = makeReadOnly(outDir);
    if (!unlock) context.skip('this system cannot make a folder read-only (needs chmod as a user, or chattr as root)');
    try {
      const failed = capture();
      expect(await runCli(['export', file, '--to', join(outDir, 'map.xlsx')], failed.io)).toBe(1);
      expect(failed.err.join('\n')).toMatch(/^caremap: .+/);
    } finally {
      unlock?.();
    }
    expect(readFileSync(join(outDir, 'map.xlsx'), 'utf8')).toBe('the export from last week');
    expect(readdirSync(outDir)).toEqual(['map.xlsx']);
  });
});
