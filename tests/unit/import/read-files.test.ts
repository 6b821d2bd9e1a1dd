// Reading files: CSV delimiters and encodings detected, values kept byte-exact (emoji, accents, formula-looking text),
// and files that cannot be imported refused with a sentence naming the file.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { CaremapError } from '../../../src/shared/errors';
import { MAX_IMPORT_BYTES, readWorkbook } from '../../../src/shared/import';
import { detectDelimiter } from '../../../src/shared/import/parse-delimited';
import { newMap } from '../store/temp-maps';
import { snapshot } from '../commands/run-operation';
import { actorNamed, importFile, preview, utf8, workbookBytes } from './import-helpers';

function refusal(fileName: string, bytes: Uint8Array): CaremapError {
  try {
    readWorkbook(fileName, bytes);
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error(`${fileName} was read`);
}

describe('CSV and TSV', () => {
  it('reads a semicolon CSV with a UTF-8 BOM and CRLF line ends, commas inside names kept', () => {
    const text =
      '\uFEFFName;Type;Notes\r\n"Smith, Jo";Person;"line one\r\nline two"\r\nCafé Ünal;Social enterprise;\r\n';
    const book = readWorkbook('partners.csv', utf8(text));
    expect(book.sheets).toEqual([
      {
        name: 'partners',
        rows: [
          ['Name', 'Type', 'Notes'],
          ['Smith, Jo', 'Person', 'line one\r\nline two'],
          ['Café Ünal', 'Social enterprise', ''],
        ],
      },
    ]);
  });

  it('reads a Windows-1252 CSV (é written as the single byte 0xE9)', () => {
    const bytes = new Uint8Array([
      ...utf8('Name,Type\r\nCaf'),
      0xe9,
      ...utf8(' du Coin,Social enterprise\r\nZo'),
      0xeb,
      ...utf8(',Person\r\n'),
    ]);
    expect(readWorkbook('list.csv', bytes).sheets[0]!.rows).toEqual([
      ['Name', 'Type'],
      ['Café du Coin', 'Social enterprise'],
      ['Zoë', 'Person'],
    ]);
  });

  it('finds comma, semicolon and tab delimiters, ignoring ones inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('"Smith, Jo";b\n"Lee, Al";c\n')).toBe(';');
    expect(detectDelimiter('Name\tType\nAda, Okafor\tPerson\n')).toBe('\t');
    expect(readWorkbook('list.tsv', utf8('Name\tType\nAda\tPerson\n')).sheets[0]!.rows[1]).toEqual(['Ada', 'Person']);
  });
});

describe('values are kept exactly and never evaluated', () => {
  const risky = ['=SUM(A1:A3)', '+44 7700 900123', '-x', '@cmd', '=HYPERLINK("http://evil","x")'];

  it('keeps formula-looking cells as the text they are, from CSV and from xlsx', () => {
    const csv = `Name,Notes\n${risky.map((r, i) => `Actor ${i},"${r.replace(/"/g, '""')}"`).join('\n')}\n`;
    const xlsx = workbookBytes({ Sheet1: [['Name', 'Notes'], ...risky.map((r, i) => [`Actor ${i}`, r])] });
    for (const [name, bytes] of [
      ['risky.csv', utf8(csv)],
      ['risky.xlsx', xlsx],
    ] as const) {
      const store = newMap();
      importFile(store, name, bytes);
      expect(risky.map((_, i) => actorNamed(store, `Actor ${i}`).notes)).toEqual(risky);
    }
  });

  it('takes a real formula cell’s shown value and never its formula', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Name', 'Count'],
      ['Ada', 0],
    ]);
    ws['B2'] = { t: 'n', v: 3, f: 'SUM(1,2)' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const book = readWorkbook('f.xlsx', new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(book.sheets[0]!.rows[1]).toEqual(['Ada', '3']);
  });

  it('keeps names with emoji and accents byte-exact, from xlsx, ods and CSV', () => {
    const names = ['Zoë’s Café 🍲', 'Łódź Mutual Aid 🤝', 'Àńgèl Ñúñez', '👩🏽‍🍳 Kitchen'];
    const sources: [string, Uint8Array][] = [
      ['names.xlsx', workbookBytes({ S: [['Name'], ...names.map((n) => [n])] })],
      ['names.ods', workbookBytes({ S: [['Name'], ...names.map((n) => [n])] }, 'ods')],
      ['names.csv', utf8(`Name\n${names.join('\n')}\n`)],
    ];
    for (const [file, bytes] of sources) {
      const store = newMap();
      importFile(store, file, bytes);
      expect(
        store
          .actors()
          .map((a) => a.name)
          .sort(),
      ).toEqual([...names].sort());
    }
  });

  it('reads .xls (BIFF8) too', () => {
    const book = readWorkbook('old.xls', workbookBytes({ Elements: [['Label'], ['Ada']] }, 'biff8'));
    expect(book.sheets[0]!.rows).toEqual([['Label'], ['Ada']]);
  });
});

describe('files that cannot be imported are refused, naming the file, and the map is untouched', () => {
  it('refuses a corrupt workbook, a password-protected one, a non-spreadsheet and an empty one', () => {
    const good = workbookBytes({ S: [['Name'], ['Ada']] });
    expect(refusal('partners.xlsx', good.subarray(0, good.length / 2)).message).toBe(
      '“partners.xlsx” could not be read: the file seems to be damaged or is not really a spreadsheet. Open it in your spreadsheet program, save it again as .xlsx or .csv, and import that.',
    );
    // An encrypted Office file is an OLE container holding EncryptionInfo and EncryptedPackage.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64));
    const locked = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(refusal('locked.xlsx', locked).message).toMatch(/^“locked\.xlsx” is protected with a password/);
    expect(refusal('photo.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])).message).toMatch(
      /^“photo\.xlsx” is not a spreadsheet/,
    );
    expect(refusal('photo.png', new Uint8Array([0x89, 0x50])).message).toBe(
      '“photo.png” is a .png file, not a spreadsheet or a map file. Caremap imports .xlsx, .xls, .ods, .csv and .tsv spreadsheets, and .graphml, .gexf, .prsm and Kumu .json maps.',
    );
    expect(refusal('binary.csv', new Uint8Array([0x41, 0, 0x42])).message).toMatch(
      /^“binary\.csv” is not a text \(CSV\) file/,
    );
    expect(refusal('nothing.csv', new Uint8Array()).message).toBe(
      '“nothing.csv” is empty: it holds no rows to import.',
    );
    expect(refusal('blank.csv', utf8('\r\n ; \r\n')).message).toBe(
      '“blank.csv” is empty: none of its sheets has anything written in it.',
    );
    expect(refusal('empty.xlsx', workbookBytes({ Sheet1: [] })).message).toBe(
      '“empty.xlsx” is empty: none of its sheets has anything written in it.',
    );
    expect(refusal('empty.xlsx', workbookBytes({ Sheet1: [] })).where).toEqual({ file: 'empty.xlsx' });
    expect(refusal('huge.csv', new Uint8Array(MAX_IMPORT_BYTES + 1)).message).toBe(
      '“huge.csv” is larger than 40 MB, too big to import. Split it into smaller files, or save it as .csv.',
    );
  });

  it('a workbook with headers but no usable rows is previewed with its problems, and refused on commit', () => {
    const store = newMap();
    importFile(store, 'first.csv', utf8('Name\nAda\n'));
    const bytes = workbookBytes({
      S: [
        ['Name', 'Type'],
        ['', 'Person'],
        ['  ', 'Charity'],
      ],
    });
    const shown = preview(store, 'blank-names.xlsx', bytes);
    expect(shown.counts).toMatchObject({ actorsAdded: 0, actorsUpdated: 0, tiesAdded: 0 });
    expect(shown.problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      ['S', 2, 'A (Name)', 'This row has no name, so it is not imported.'],
      ['S', 3, 'A (Name)', 'This row has no name, so it is not imported.'],
    ]);
    const before = snapshot(store);
    expect(() => importFile(store, 'blank-names.xlsx', bytes)).toThrow(
      '“blank-names.xlsx” has no rows Caremap can import in “S”. For example, S row 2, column A (Name): This row has no name, so it is not imported.',
    );
    expect(snapshot(store)).toEqual(before);
  });
});
