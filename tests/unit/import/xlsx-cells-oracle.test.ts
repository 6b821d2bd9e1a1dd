// The fast .xlsx cell reader checked against SheetJS, its oracle: for real files, SheetJS-written workbooks of any
// content, and hand-written XML SheetJS never writes, reading through readSpreadsheet gives exactly what SheetJS's
// path gives (the same sheets or the same refusal), and the fast reader gives up (null) where it is not certain.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { CaremapError } from '../../../src/shared/errors';
import { MAX_COLUMNS, MAX_ROWS } from '../../../src/shared/import/import-limits';
import type { RawSheet } from '../../../src/shared/import/import-types';
import { readSpreadsheet } from '../../../src/shared/import/read-spreadsheet';
import { readXlsxCells } from '../../../src/shared/import/xlsx-cells';
import { benchMapRows, benchWorkbook } from '../../../bench/import-workbook';
import { sheetXml, tallSheetXml, xlsxOf } from './hostile-files';
import { kumuWorkbook } from './import-helpers';
import { handXlsx, STRICT, worksheet } from './xlsx-by-hand';
import {
  indentedSharedStringsXml,
  sharedStringsXml,
  sheetDataXml,
  sheetNameXml,
  stylesXml,
} from './xlsx-xml-arbitraries';

const FILE = 'book.xlsx';
type Outcome = { sheets: RawSheet[] } | { refused: string };

function outcome(read: () => RawSheet[]): Outcome {
  try {
    return { sheets: read() };
  } catch (error) {
    if (error instanceof CaremapError) return { refused: error.message };
    throw error;
  }
}

/** Reads through readSpreadsheet both ways; they must agree, and the fast reader must (or must not) have read it. */
function expectSame(bytes: Uint8Array, fast: boolean): Outcome {
  const oracle = outcome(() => readSpreadsheet(FILE, bytes, { fastXlsx: false }));
  expect(outcome(() => readSpreadsheet(FILE, bytes))).toStrictEqual(oracle);
  expect(readXlsxCells(bytes) !== null).toBe(fast);
  return oracle;
}

const rowsOf = (result: Outcome) => ('sheets' in result ? result.sheets.map((s) => s.rows) : result.refused);

describe('real and helper-built workbooks read the same as SheetJS reads them', () => {
  it('reads the Onodo template with the fast reader, as SheetJS does', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/onodo/onodo_template.xlsx'));
    const result = expectSame(bytes, true);
    expect('sheets' in result && result.sheets.length).toBeGreaterThan(0);
  });

  it('reads the Kumu-style workbook and the bench workbook (shared strings and inline) as SheetJS does', () => {
    expectSame(kumuWorkbook(), true);
    const rows = benchMapRows(300);
    expectSame(new Uint8Array(benchWorkbook(rows)), true);
    const result = expectSame(new Uint8Array(benchWorkbook(rows, { sharedStrings: false })), true);
    expect(rowsOf(result)[1]).toStrictEqual(rows.connections);
  });

  it('reads the hostile-file helpers’ workbooks, and refuses past the limits with the same sentence', () => {
    expectSame(
      xlsxOf(
        sheetXml(
          [
            ['Name', 'Type'],
            ['Ada', 'Person'],
          ],
          'A1:XFD1048576',
        ),
      ),
      true,
    );
    const offset = sheetXml([]).replace(
      '<sheetData></sheetData>',
      '<sheetData><row r="3"><c r="C3" t="inlineStr"><is><t>Name</t></is></c></row></sheetData>',
    );
    expect(rowsOf(expectSame(xlsxOf(offset), true))).toStrictEqual([[[], [], ['', '', 'Name']]]);
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => (i === 0 || i === MAX_COLUMNS ? 'x' : ''));
    expect(expectSame(xlsxOf(sheetXml([['Name'], wide])), true)).toMatchObject({ refused: /2,001 columns/ });
    expect(expectSame(xlsxOf(tallSheetXml(MAX_ROWS + 5), 'People'), true)).toMatchObject({
      refused: /more than 100,000 rows in the sheet “People”/,
    });
    // A sheet of exactly the row limit is read whole (SheetJS keeps one row past the limit to tell).
    const full = expectSame(xlsxOf(tallSheetXml(MAX_ROWS)), true);
    expect('sheets' in full && full.sheets[0]!.rows).toHaveLength(MAX_ROWS);
  });
});

/** Cell values SheetJS writes and reads back: texts of every awkward kind, numbers, booleans, dates and blanks. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      '\n',
      '\r\n',
      '&',
      '<',
      '>',
      '"',
      "'",
      '_x000D_',
      '_x0041_',
      '&amp;',
      'é',
      '😀',
      '中',
      '\t',
      ' ',
    ),
    maxLength: 8,
  }),
);
const cellValue = fc.oneof(
  { arbitrary: awkwardText, weight: 4 },
  { arbitrary: fc.integer({ min: -1e9, max: 1e9 }), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), weight: 2 },
  { arbitrary: fc.constantFrom(1e21, -2.5e-7, 6.02e23, 0.1 + 0.2, -0), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.date({
      min: new Date(Date.UTC(1900, 2, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    }),
    weight: 1,
  },
  { arbitrary: fc.constant(null), weight: 2 },
);
const sheetRows = fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 6 });
const sheetName = fc
  .stringMatching(/^[A-Za-z0-9 éü&'_-]{1,20}$/)
  .filter((s) => s.trim() === s && !s.startsWith("'") && !s.endsWith("'") && s !== 'History');

describe('any workbook SheetJS writes reads the same by both paths', () => {
  it('agrees on random sheets: shared strings or inline, packed or stored, dates as dates or numbers', () => {
    let fastReads = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(sheetName, sheetRows, fc.constantFrom('A1', 'B1', 'C3')), {
          minLength: 1,
          maxLength: 3,
          selector: ([name]) => name.toLowerCase(),
        }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('yyyy-mm-dd', 'm/d/yy', 'dd/mm/yyyy hh:mm', undefined),
        (sheets, bookSST, compression, cellDates, dateFormat) => {
          const wb = XLSX.utils.book_new();
          for (const [name, rows, origin] of sheets) {
            const ws = XLSX.utils.aoa_to_sheet([], { cellDates });
            XLSX.utils.sheet_add_aoa(ws, rows, { origin, cellDates, ...(dateFormat ? { dateNF: dateFormat } : {}) });
            XLSX.utils.book_append_sheet(wb, ws, name);
          }
          const bytes = new Uint8Array(
            XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST, compression, cellDates }) as Buffer,
          );
          const oracle = outcome(() => readSpreadsheet(FILE, bytes, { fastXlsx: false }));
          expect(outcome(() => readSpreadsheet(FILE, bytes))).toStrictEqual(oracle);
          runs++;
          if (readXlsxCells(bytes) !== null) fastReads++;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The fast reader gives up only on rare texts (an escape SheetJS decodes before UTF-8): it must read nearly all.
    expect(fastReads / runs).toBeGreaterThan(0.95);
  });
});

const si = (inner: string) => `<si>${inner}</si>`;
const DATE_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="[>=100]0;&quot;small&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/><xf numFmtId="165"/></cellXfs>';

describe('XML SheetJS does not write: the same text, or the fast reader gives up', () => {
  it('joins rich-text runs and leaves out phonetic runs; keeps xml:space text; unescapes entities and _xHHHH_', () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
        },
      ],
      sharedStrings: [
        si(
          '<r><rPr><b/></rPr><t>Hel</t></r><r><t xml:space="preserve">lo </t></r><rPh sb="0" eb="1"><t>ハロー</t></rPh><r><t>Wörld</t></r>',
        ),
        si('<t xml:space="preserve">  spaced  </t>'),
        si('<t>A &amp; B &lt;C&gt; &#233;&#xe9; line_x000D_\r\nnext</t>'),
        si('<t/>'),
        si('<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>'),
      ].join(''),
    });
    expect(rowsOf(expectSame(bytes, true))).toStrictEqual([
      [['Hello Wörld', '  spaced  ', 'A & B <C> éé line\r\nnext', '', '漢字']],
    ]);
  });

  it('reads inline strings, formula strings, booleans, errors, ISO dates, numbers and formulas’ cached values', () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: 'Types',
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B1" t="str"><f>A1&amp;"!"</f><v>inline&amp;amp;!</v></c>' +
            '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="d"><v>2024-02-29T10:00:00</v></c>' +
            '<c r="G1"><f>1+1</f><v>2</v></c><c r="H1"><v>1.5E+3</v></c><c r="I1"><v>-0.25</v></c><c r="J1"><f>NOW()</f></c><c r="K1" t="b"/><c r="L1" t="str"><f>T(C1)</f><v/></c></row>',
        },
      ],
    });
    expect(rowsOf(expectSame(bytes, true))).toStrictEqual([
      [['inline', 'inline&!', 'TRUE', 'FALSE', '', '2024-02-29', '2', '1500', '-0.25', '', 'FALSE', '']],
    ]);
  });

  it('places cells without r after the one before, rows without r after the row before, and drops empty stubs', () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: 'Gaps',
          xml:
            '<row><c t="inlineStr"><is><t>a</t></is></c><c/><c t="inlineStr"><is><t>c</t></is></c></row>' +
            '<row r="4" spans="1:3"><c r="B4" t="inlineStr"><is><t>b4</t></is></c><c t="inlineStr"><is><t>c4</t></is></c><c r="E4" s="0"/></row>' +
            '<row r="5"/><row><c t="s"/><c t="str"/><c><v></v></c></row>',
        },
      ],
    });
    expect(rowsOf(expectSame(bytes, true))).toStrictEqual([[['a', '', 'c'], [], [], ['', 'b4', 'c4'], ['', '']]]);
  });

  it('shows numbers in date styles as days, in the 1900 and the 1904 date systems, as SheetJS does', () => {
    const row =
      '<row r="1"><c r="A1" s="1"><v>45351</v></c><c r="B1" s="2"><v>45351.75</v></c><c r="C1" s="3"><v>45351</v></c><c r="D1" s="1"><v>60</v></c><c r="E1" s="2"><v>1</v></c><c r="F1" s="9"><v>7</v></c><c r="G1" s="4"><v>45351</v></c></row>';
    const in1900 = expectSame(handXlsx({ sheets: [{ name: 'D', xml: row }], styles: DATE_STYLES }), true);
    expect(rowsOf(in1900)).toStrictEqual([[['2024-02-29', '2024-03-01', '45351', '60', '1900-01-01', '7', '45351']]]);
    const in1904 = expectSame(
      handXlsx({
        sheets: [{ name: 'D', xml: row }],
        styles: DATE_STYLES,
        // Excel also writes an <x15:workbookPr> among its extensions; SheetJS reads it like the plain one.
        workbookPr: '<workbookPr date1904="1"/><extLst><ext><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>',
      }),
      true,
    );
    expect(rowsOf(in1904)).toStrictEqual([
      [['2028-03-01', '2028-03-02', '45351', '1904-03-01', '1904-01-02', '7', '45351']],
    ]);
  });

  it('finds worksheets as SheetJS does (relative, absolute, odd-cased targets), leaves it the parts it misses', () => {
    const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>here</t></is></c></row>';
    const found = [
      { path: 'xl/worksheets/sheet1.xml', target: '/xl/worksheets/sheet1.xml' },
      { path: 'xl/sheets/Data.xml', target: 'sheets/data.xml' },
    ];
    for (const part of found) {
      const bytes = handXlsx({ sheets: [{ name: 'S', xml: cells }], sheetPart: () => part });
      expect(rowsOf(expectSame(bytes, true))).toStrictEqual([[['here']]]);
    }
    // Targets SheetJS's three guesses miss: it shows an empty sheet; the fast reader leaves that to it.
    const missed = [
      { path: 'xl/worksheets/sheet1.xml', target: '../xl/worksheets/sheet1.xml' },
      { path: 'other/sheet1.xml', target: '/other/sheet1.xml' },
    ];
    for (const part of missed) {
      const bytes = handXlsx({ sheets: [{ name: 'S', xml: cells }], sheetPart: () => part });
      expect(rowsOf(expectSame(bytes, false))).toStrictEqual([[]]);
    }
    const missing = handXlsx({
      sheets: [{ name: 'S', xml: cells }],
      sheetPart: () => ({ path: 'xl/worksheets/sheet1.xml', target: 'worksheets/sheet9.xml' }),
    });
    expectSame(missing, false);
    const noStrings = handXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] });
    expectSame(noStrings, false);
  });

  it('adds the empty cells SheetJS makes under hyperlinks (Excel links typed emails by itself)', () => {
    const linked = (links: string) =>
      handXlsx({
        sheets: [
          {
            name: 'L',
            xml: worksheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>').replace(
              '</sheetData>',
              `</sheetData><hyperlinks>${links}</hyperlinks>`,
            ),
          },
        ],
      });
    expect(
      rowsOf(expectSame(linked('<hyperlink ref="B1" r:id="rId9"/><hyperlink ref="C3:D4" display="x"/>'), true)),
    ).toStrictEqual([[['1', '2'], [], ['', '', '', ''], ['', '', '', '']]]);
    // SheetJS stops at a link without a reference; a prefixed link is left to it.
    expect(rowsOf(expectSame(linked('<hyperlink display="x"/><hyperlink ref="E5"/>'), true))).toStrictEqual([
      [['1', '2']],
    ]);
    expectSame(linked('<x:hyperlink ref="E5"/>'), false);
  });

  it('gives up on namespace prefixes, strict OOXML, unknown cell types, comments and odd references', () => {
    const prefixed = handXlsx({
      sheets: [
        {
          name: 'P',
          xml: '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData></worksheet>',
        },
      ],
    });
    expectSame(prefixed, false);
    const strict = handXlsx({
      namespace: STRICT,
      sheets: [{ name: 'Strict', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c></row>' }],
    });
    expectSame(strict, false);
    const unknownType = handXlsx({ sheets: [{ name: 'U', xml: '<row r="1"><c r="A1" t="x"><v>1</v></c></row>' }] });
    expect(rowsOf(expectSame(unknownType, false))).toStrictEqual([[['1']]]);
    const elsewhere = handXlsx({ sheets: [{ name: 'R', xml: '<row r="1"><c r="A7"><v>1</v></c></row>' }] });
    expectSame(elsewhere, false);
    const commented = handXlsx({
      sheets: [{ name: 'C', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      extra: [
        {
          name: 'xl/worksheets/_rels/sheet1.xml.rels',
          data: Buffer.from(
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
          ),
        },
        {
          name: 'xl/comments1.xml',
          data: Buffer.from(
            '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="C4" authorId="0"><text><t>note</t></text></comment></commentList></comments>',
          ),
        },
      ],
    });
    expectSame(commented, false);
    // SheetJS splits cells at "<c " only: a line end after <c joins the cell to the one before.
    const lineEnd = handXlsx({
      sheets: [{ name: 'N', xml: '<row r="1"><c r="A1"><v>1</v></c><c\nr="B1"><v>2</v></c></row>' }],
    });
    expectSame(lineEnd, false);
    const lowerCase = handXlsx({ sheets: [{ name: 'R', xml: '<row r="1"><c r="a1"><v>1</v></c></row>' }] });
    expectSame(lowerCase, false);
  });

  it('gives up where SheetJS decodes an escape before UTF-8, and agrees on every escape it keeps', () => {
    const before = handXlsx({
      sheets: [{ name: 'E', xml: '<row r="1"><c r="A1" t="str"><v>caf&#233;</v></c></row>' }],
    });
    expectSame(before, false);
    const ascii = handXlsx({
      sheets: [{ name: 'E &amp; F', xml: '<row r="1"><c r="A1" t="str"><v>a&#65;_x0042_&amp;lt;</v></c></row>' }],
    });
    expect(expectSame(ascii, true)).toStrictEqual({ sheets: [{ name: 'E & F', rows: [['aAB<']] }] });
  });

  it('agrees with SheetJS on random hand-written sheets (every cell type, odd values, stubs, formulas, gaps)', () => {
    let fastReads = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(sheetNameXml, sheetDataXml), {
          minLength: 1,
          maxLength: 2,
          selector: ([name]) => name,
        }),
        fc.oneof(sharedStringsXml, indentedSharedStringsXml),
        fc.oneof(fc.constant(DATE_STYLES), stylesXml),
        fc.constantFrom(
          '<workbookPr/>',
          '<workbookPr date1904="1"/>',
          '<workbookPr date1904="true"/>',
          '<workbookPr date1904="0"/>',
          '',
        ),
        (sheets, sharedStrings, styles, workbookPr) => {
          const bytes = handXlsx({
            sheets: sheets.map(([name, xml]) => ({ name, xml })),
            sharedStrings,
            styles,
            workbookPr,
          });
          const oracle = outcome(() => readSpreadsheet(FILE, bytes, { fastXlsx: false }));
          expect(outcome(() => readSpreadsheet(FILE, bytes))).toStrictEqual(oracle);
          runs++;
          if (readXlsxCells(bytes) !== null) fastReads++;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    // Odd values make the reader give up often here, but it must still read a good share of these sheets itself.
    if (process.env.FUZZ_RUNS) console.log('hand fast ratio', fastReads / runs);
    expect(fastReads / runs).toBeGreaterThan(0.2);
  });

  it('still reads, through SheetJS, a file the fast reader gives up on (strict, .ods), refuses a damaged one the same way', () => {
    const strict = handXlsx({
      namespace: STRICT,
      sheets: [{ name: 'Strict', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c></row>' }],
    });
    expect(readXlsxCells(strict)).toBeNull();
    expect(readSpreadsheet(FILE, strict)).toStrictEqual(readSpreadsheet(FILE, strict, { fastXlsx: false }));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name'], ['Ada']]), 'People');
    const ods = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer);
    expect(rowsOf(expectSame(ods, false))).toStrictEqual([[['Name'], ['Ada']]]);
    const bytes = kumuWorkbook();
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(readXlsxCells(damaged)).toBeNull();
    expect(outcome(() => readSpreadsheet(FILE, damaged))).toMatchObject({ refused: /could not be read/ });
  });
});
