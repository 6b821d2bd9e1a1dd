// The CSV export's guarding apostrophe and its undoing on import: an exact inverse for any text, applied only to
// files in Caremap's own CSV layout, so a partner's "'=" stays as they wrote it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guardCsvText, unguardCsvText } from '../../../src/shared/csv-guard';
import { readWorkbook } from '../../../src/shared/import';
import { ACTOR_COLUMNS } from '../../../src/shared/spreadsheet-columns';

const csv = (rows: string[][]) =>
  new TextEncoder().encode(rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n'));

describe('CSV guard', () => {
  it('guards formula-like text and gives every text back exactly, even text that starts with apostrophes', () => {
    expect(guardCsvText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardCsvText("'=SUM(A1)")).toBe("''=SUM(A1)");
    expect(guardCsvText("It's fine")).toBe("It's fine");
    expect(guardCsvText("'quoted'")).toBe("'quoted'");
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ') }),
        (text) => unguardCsvText(guardCsvText(text)) === text,
      ),
    );
  });

  it('takes the apostrophes off in Caremap’s own actors CSV only', () => {
    const header = [...ACTOR_COLUMNS];
    const row = header.map((c) => (c === 'Name' ? "'=Jo" : c === 'Notes' ? "''-5 and 'quoted'" : ''));
    const own = readWorkbook('map-actors.csv', csv([header, row]));
    expect(own.sheets[0]!.rows[1]![0]).toBe('=Jo');
    expect(own.sheets[0]!.rows[1]![header.indexOf('Notes')]).toBe("'-5 and 'quoted'");
    const partners = readWorkbook(
      'partners.csv',
      csv([
        ['Name', 'Notes'],
        ["'=Jo", "'-5"],
      ]),
    );
    expect(partners.sheets[0]!.rows[1]).toEqual(["'=Jo", "'-5"]);
  });
});
