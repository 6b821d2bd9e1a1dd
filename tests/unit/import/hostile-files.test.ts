// Hostile and huge spreadsheets, each built here and small: read by their real cells, not what they declare, and
// refused past the import's limits with the limit named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaremapError } from '../../../src/shared/errors';
import { readWorkbook } from '../../../src/shared/import';
import {
  limitMessages,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_UNPACKED_MB,
} from '../../../src/shared/import/import-limits';
import { measureDelimited, parseDelimited, type Delimiter } from '../../../src/shared/import/parse-delimited';
import { declaredUnpackedBytes } from '../../../src/shared/import/zip-directory';
import { csvOfRows, sheetXml, tallSheetXml, xlsxOf } from './hostile-files';

function refusal(fileName: string, bytes: Uint8Array): CaremapError {
  try {
    readWorkbook(fileName, bytes);
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error(`${fileName} was read, not refused`);
}

describe('a workbook is read by the cells it holds', () => {
  it('reads a 1.6 KB .xlsx whose <dimension> claims the whole sheet (A1:XFD1048576) as its two real rows', () => {
    const bytes = xlsxOf(
      sheetXml(
        [
          ['Name', 'Type'],
          ['Ada', 'Person'],
        ],
        'A1:XFD1048576',
      ),
    );
    expect(bytes.length).toBeLessThan(2048);
    expect(bytes.toString('latin1')).not.toContain('XFD'); // deflated: the lie is inside the zip
    const book = readWorkbook('claims-everything.xlsx', bytes);
    expect(book.sheets).toEqual([
      {
        name: 'Actors',
        rows: [
          ['Name', 'Type'],
          ['Ada', 'Person'],
        ],
      },
    ]);
  });

  it('keeps row and column numbers as the spreadsheet shows them when the data starts at C3', () => {
    const xml = sheetXml([]).replace(
      '<sheetData></sheetData>',
      '<sheetData><row r="3"><c r="C3" t="inlineStr"><is><t>Name</t></is></c></row><row r="4"><c r="C4" t="inlineStr"><is><t>Ada</t></is></c></row></sheetData>',
    );
    expect(readWorkbook('offset.xlsx', xlsxOf(xml)).sheets[0]!.rows).toEqual([
      [],
      [],
      ['', '', 'Name'],
      ['', '', 'Ada'],
    ]);
  });
});

describe('refused past the limits, with the limit named', () => {
  it('refuses a zip bomb from its directory, before unpacking it', () => {
    const zeros = Buffer.alloc(100 * 1024 * 1024);
    const bytes = xlsxOf(
      sheetXml([['Name'], ['Ada']]),
      'Actors',
      [1, 2, 3].map((n) => ({ name: `xl/media/image${n}.png`, data: zeros })),
    );
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const unpacked = declaredUnpackedBytes(bytes)!;
    expect(unpacked).toBeGreaterThan(300 * 1024 * 1024);
    expect(refusal('bomb.xlsx', bytes).message).toBe(limitMessages.unpacked('bomb.xlsx', unpacked / (1024 * 1024)));
    expect(limitMessages.unpacked('bomb.xlsx', unpacked / (1024 * 1024))).toContain(`unpacks to 300 MB`);
    expect(limitMessages.unpacked('bomb.xlsx', 300)).toContain(`at most ${MAX_UNPACKED_MB} MB`);
  });

  it('refuses a CSV of 200,000 columns, naming the count and the limit', () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const error = refusal('wide.csv', new TextEncoder().encode(`${header}\nAda\n`));
    expect(error.message).toBe(limitMessages.columns('wide.csv', null, 1, 200_000));
    expect(error.message).toMatch(
      /has 200,000 columns \(row 1 reaches column KIVH\); Caremap imports at most 2,000 columns/,
    );
  });

  it('refuses a workbook with a cell past column 2,000, naming the sheet and row', () => {
    const row = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => (i === 0 || i === MAX_COLUMNS ? 'x' : ''));
    const error = refusal('stray.xlsx', xlsxOf(sheetXml([['Name'], row])));
    expect(error.message).toBe(limitMessages.columns('stray.xlsx', 'Actors', 2, MAX_COLUMNS + 1));
    expect(error.where).toEqual({ file: 'stray.xlsx', sheet: 'Actors' });
  });

  it('refuses a CSV of 150,001 rows, counting every row', () => {
    const error = refusal('long.csv', csvOfRows(150_001));
    expect(error.message).toBe(
      `“long.csv” has 150,001 rows; Caremap imports at most 100,000 rows at a time. Split it into smaller files (for example, one per area or one for actors and one for ties) and import them one after another.`,
    );
  });

  it('reads a CSV of exactly the row limit', () => {
    expect(readWorkbook('full.csv', csvOfRows(MAX_ROWS)).sheets[0]!.rows).toHaveLength(MAX_ROWS);
  });

  it('refuses a workbook sheet past the row limit without reading it whole', () => {
    const error = refusal('tall.xlsx', xlsxOf(tallSheetXml(MAX_ROWS + 5), 'People'));
    expect(error.message).toBe(limitMessages.rows('tall.xlsx', 'People', null));
    expect(error.message).toContain('has more than 100,000 rows in the sheet “People”');
  });

  it('refuses a file past the cell limit, naming its cells', () => {
    const rows = Math.ceil(MAX_CELLS / MAX_COLUMNS) + 100;
    const line = new Array(MAX_COLUMNS).fill('a').join(',');
    const error = refusal('dense.csv', new TextEncoder().encode(Array.from({ length: rows }, () => line).join('\n')));
    expect(error.message).toBe(limitMessages.cells('dense.csv', rows * MAX_COLUMNS));
    expect(error.message).toContain('has 3,200,000 cells; Caremap imports at most 3,000,000 cells');
  });
});

describe('measuring a CSV before reading it', () => {
  it('counts the rows and cells the parser makes, for any text of quotes, delimiters and line ends', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom<Delimiter>(',', ';', '\t'), (csv, delimiter) => {
        const rows = parseDelimited(csv, delimiter);
        const shape = measureDelimited(csv, delimiter, 2);
        expect(shape.rows).toBe(rows.length);
        expect(shape.cells).toBe(rows.reduce((n, row) => n + row.length, 0));
        const wide = rows.findIndex((row) => row.length > 2);
        expect(shape.tooWide).toEqual(wide === -1 ? null : { row: wide + 1, columns: rows[wide]!.length });
      }),
      { numRuns: 2000 },
    );
  });
});
