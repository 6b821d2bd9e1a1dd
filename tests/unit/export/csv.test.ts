// The CSV export: two files (actors and ties), readable by Excel (BOM, quoting), formula-like text defused.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildExport } from '../../../src/shared/export/build-export';
import { ACTOR_COLUMNS, TIE_COLUMNS } from '../../../src/shared/spreadsheet-columns';
import { tempDir } from '../store/temp-maps';
import { FIELDS, FORMULA_TEXTS, writeRichMap } from './export-fixture';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV export', () => {
  it('writes actors and ties as two UTF-8 files with a byte-order mark and readable headers', () => {
    const { doc } = writeRichMap(tempDir());
    const files = buildExport(doc, 'csv', { anonymise: false });
    expect(files.map((f) => f.name)).toEqual(['Clapton & Co test-actors.csv', 'Clapton & Co test-ties.csv']);
    const [actors, ties] = files.map((f) => decode(f.bytes));
    const actorBytes = files[0]!.bytes;
    expect(actors!.startsWith('\uFEFF')).toBe(true);
    expect(actors!.slice(1).split('\r\n')[0]).toBe([...ACTOR_COLUMNS, ...FIELDS.map((f) => f.name)].join(','));
    expect(ties!.slice(1).split('\r\n')[0]).toBe(TIE_COLUMNS.join(','));
    // Read back by a spreadsheet reader: one row per record, commas, quotes, newlines and accents intact.
    const sheet = XLSX.read(actorBytes, { type: 'array', raw: true }).Sheets.Sheet1!;
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(sheet, { raw: false, defval: '' });
    expect(rows).toHaveLength(doc.actors.length);
    const maple = rows.find((r) => r.Name === 'Maple Street Mutual Aid')!;
    expect(maple.Notes).toBe('Line one\nline two, with a comma');
    expect(maple.Tags).toBe('food|mutual aid|Łódź — ünïcode');
    expect(rows.find((r) => r.Name === 'Ada Okafor')!.Notes).toBe('Met at the spring workshop; "prefers" calls');
  });

  it('prefixes text a spreadsheet would run as a formula with an apostrophe, and leaves numbers alone', () => {
    const { doc } = writeRichMap(tempDir());
    const [actors, ties] = buildExport(doc, 'csv', { anonymise: false }).map((f) => decode(f.bytes));
    const all = `${actors}\n${ties}`;
    expect(all).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(all).toContain("'+44 20 7946 0000");
    expect(all).toContain("'-5 volunteers");
    expect(all).toContain("'@SUM(A1:A9)");
    expect(all).toContain(`,'\tTabbed,`);
    expect(all).toContain(`"'\rReturned"`);
    for (const text of FORMULA_TEXTS)
      expect(all).not.toMatch(new RegExp(`(^|,)"?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    // A negative position is a number, not text: no apostrophe.
    expect(actors).toContain(',10.5,-20.25,');
  });
});
