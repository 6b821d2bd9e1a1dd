// Reads an import file's bytes into sheets of text cells, or refuses it with a sentence naming the file.
// CSV and TSV are decoded and split here (so values stay exactly as written); workbooks go through SheetJS with
// formulas switched off: a formula cell gives the value Excel last showed, and a text cell "=SUM(A1)" stays that text.
import { unguardCaremapCsv } from '../csv-guard';
import { CaremapError } from '../errors';
import { decodeText, looksBinary } from './decode-text';
import { MAX_IMPORT_BYTES, tooBigMessage, type RawSheet, type RawWorkbook } from './import-types';
import { limitMessages, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SHEET_NAME } from './import-limits';
import { detectDelimiter, parseDelimitedWithin } from './parse-delimited';
import { readSpreadsheet } from './read-spreadsheet';
import { isGraphFile, readGraphFile } from './graph-files';

export const IMPORT_EXTENSIONS = [
  '.xlsx',
  '.xlsm',
  '.xls',
  '.ods',
  '.csv',
  '.tsv',
  '.txt',
  '.graphml',
  '.gexf',
  '.prsm',
  '.json',
] as const;
const KNOWN_FORMATS = '.xlsx, .xls, .ods, .csv and .tsv spreadsheets, and .graphml, .gexf, .prsm and Kumu .json maps';
export { MAX_IMPORT_BYTES };

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

function refuse(fileName: string, message: string): CaremapError {
  return new CaremapError('bad-spreadsheet', message, { file: fileName });
}

function extensionOf(fileName: string): string {
  const match = /\.[^.\\/]+$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const hasPrefix = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function readText(fileName: string, bytes: Uint8Array): RawSheet[] {
  if (looksBinary(bytes))
    throw refuse(fileName, `“${fileName}” is not a text (CSV) file. Caremap imports ${KNOWN_FORMATS}.`);
  const { text } = decodeText(bytes);
  const parsed = parseDelimitedWithin(text, detectDelimiter(text, fileName), {
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    maxCells: MAX_CELLS,
  });
  if (!parsed.ok) {
    if (parsed.over === 'rows') throw refuse(fileName, limitMessages.rows(fileName, null, parsed.rows));
    if (parsed.over === 'columns')
      throw refuse(fileName, limitMessages.columns(fileName, null, parsed.row, parsed.columns));
    throw refuse(fileName, limitMessages.cells(fileName, parsed.cells));
  }
  // The sheet is named after the file, cut to what the import's choices may name (a commit must accept its preview).
  const base = (fileName.replace(/\.[^.]*$/, '') || 'Sheet1').slice(0, MAX_SHEET_NAME);
  // Caremap's own CSV gets its guarding apostrophes taken off again; anyone else's text stays exactly as written.
  return [{ name: base, rows: unguardCaremapCsv(parsed.rows) }];
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Every reader's sheets kept within the import's limits: the spreadsheet and text readers refuse while reading (to
 * hold no more than the limits in memory); this holds any other reader to them too, and cuts sheet names to what
 * the import's choices may name.
 */
function withinLimits(fileName: string, sheets: RawSheet[]): RawSheet[] {
  let cells = 0;
  for (const sheet of sheets) {
    if (sheet.rows.length > MAX_ROWS)
      throw refuse(fileName, limitMessages.rows(fileName, sheet.name, sheet.rows.length));
    sheet.rows.forEach((row, r) => {
      if (row.length > MAX_COLUMNS)
        throw refuse(fileName, limitMessages.columns(fileName, sheet.name, r + 1, row.length));
      cells += row.length;
    });
  }
  if (cells > MAX_CELLS) throw refuse(fileName, limitMessages.cells(fileName, cells));
  return sheets.map((sheet) =>
    sheet.name.length > MAX_SHEET_NAME ? { ...sheet, name: sheet.name.slice(0, MAX_SHEET_NAME) } : sheet,
  );
}

/** The file's sheets as text; refuses a file that is not a spreadsheet, is damaged, protected or holds nothing. */
export function readWorkbook(fileName: string, bytes: Uint8Array): RawWorkbook {
  const extension = extensionOf(fileName);
  if (!WORKBOOK_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension) && !isGraphFile(extension)) {
    const what = extension ? `a ${extension} file` : 'a file with no extension';
    throw refuse(
      fileName,
      `“${fileName}” is ${what}, not a spreadsheet or a map file. Caremap imports ${KNOWN_FORMATS}.`,
    );
  }
  if (bytes.length === 0) throw refuse(fileName, `“${fileName}” is empty: it holds no rows to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw refuse(fileName, tooBigMessage(fileName));
  }
  if (isGraphFile(extension)) {
    if (looksBinary(bytes))
      throw refuse(
        fileName,
        `“${fileName}” is not a text file, even though its name ends in ${extension}. It may be damaged; export it again.`,
      );
    const book = readGraphFile(fileName, extension, bytes);
    return { ...book, sheets: withinLimits(fileName, book.sheets) };
  }
  let sheets: RawSheet[];
  if (TEXT_EXTENSIONS.has(extension) && !hasPrefix(bytes, ZIP) && !hasPrefix(bytes, OLE))
    sheets = readText(fileName, bytes);
  else {
    // An .xls may also be the HTML or XML table some programs save under that name; anything else must be a zip (xlsx,
    // ods) or an OLE container (xls, or a password-protected xlsx), or SheetJS would read a photo as one odd text cell.
    const markup = extension === '.xls' && bytes[0] === 0x3c; // '<'
    if (!hasPrefix(bytes, ZIP) && !hasPrefix(bytes, OLE) && !markup) {
      throw refuse(
        fileName,
        `“${fileName}” is not a spreadsheet, even though its name ends in ${extension}. It may be damaged; open it in your spreadsheet program and save it again.`,
      );
    }
    sheets = readSpreadsheet(fileName, bytes);
  }
  if (sheets.length === 0 || sheets.every((s) => s.rows.every(isBlankRow))) {
    throw refuse(fileName, `“${fileName}” is empty: none of its sheets has anything written in it.`);
  }
  return { fileName, sheets: withinLimits(fileName, sheets) };
}
