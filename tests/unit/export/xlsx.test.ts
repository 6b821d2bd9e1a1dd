// The xlsx export read back with SheetJS: every sheet and column, numbers as numbers, and formula-like text as text.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildExport } from '../../../src/shared/export/build-export';
import { ACTOR_COLUMNS, SHEETS, TIE_COLUMNS } from '../../../src/shared/spreadsheet-columns';
import { tempDir } from '../store/temp-maps';
import { FIELDS, FORMULA_TEXTS, INDIVIDUAL_NAMES, writeRichMap } from './export-fixture';

function exportBook() {
  const { doc } = writeRichMap(tempDir());
  const [file] = buildExport(doc, 'xlsx', { anonymise: false, exportedOn: '2026-11-27' });
  return { doc, file: file!, book: XLSX.read(file!.bytes, { type: 'array' }) };
}

const rows = (sheet: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });

describe('xlsx export', () => {
  it('writes Actors, Ties, the map’s lists and About, with readable headers and custom fields as columns', () => {
    const { book, file, doc } = exportBook();
    expect(file.name).toBe('Clapton & Co test.xlsx');
    expect(book.SheetNames).toEqual(Object.values(SHEETS));
    const actors = rows(book.Sheets[SHEETS.actors]!);
    expect(actors[0]).toEqual([...ACTOR_COLUMNS, ...FIELDS.map((f) => f.name)]);
    expect(actors).toHaveLength(doc.actors.length + 1);
    const ada = actors.find((r) => r[0] === INDIVIDUAL_NAMES[0])!;
    const cell = (column: string) => ada[(actors[0] as string[]).indexOf(column)];
    expect(cell('Kind')).toBe('Individual active citizen');
    expect(cell('Care offers')).toBe('Shared meals|Befriending');
    expect(cell('Care modes')).toBe('Taking care of|Caring for');
    expect(cell('Consent date')).toBe('2025-03-14');
    expect(cell('X')).toBe(10.5);
    expect(cell('Budget')).toBe(0);
    expect(cell('Has a kitchen')).toBe('no');
    const ties = rows(book.Sheets[SHEETS.ties]!);
    expect(ties[0]).toEqual([...TIE_COLUMNS]);
    expect(ties[1]).toEqual([
      INDIVIDUAL_NAMES[0],
      'Maple Street Mutual Aid',
      'Referral',
      'directed',
      'Strong',
      'Generative',
      '2020-01-31',
      'Weekly deliveries',
    ]);
    expect(rows(book.Sheets[SHEETS.kinds]!)[1]).toEqual(['Individual active citizen', '#E69F00', 'Circle']);
    expect(rows(book.Sheets[SHEETS.fields]!)).toContainEqual(['Meets', 'Choice', 'Weekly|Monthly', 'Actors']);
    const about = rows(book.Sheets[SHEETS.about]!);
    expect(about).toContainEqual(['Actors', 5]);
    expect(about).toContainEqual(['Exported on', '2026-11-27']);
  });

  it('writes text that starts with = + - @ tab or CR as a text cell, never a formula', () => {
    const { book } = exportBook();
    const found = new Map<string, XLSX.CellObject>();
    for (const name of [SHEETS.actors, SHEETS.ties]) {
      const sheet = book.Sheets[name]!;
      for (const [address, cell] of Object.entries(sheet)) {
        if (address.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${name}!${address} has a formula`).toBeUndefined();
        if (typeof c.v === 'string' && FORMULA_TEXTS.includes(c.v)) found.set(c.v, c);
      }
    }
    for (const text of FORMULA_TEXTS) {
      expect(found.get(text), `${JSON.stringify(text)} was not written as itself`).toMatchObject({ t: 's', v: text });
    }
  });
});
