// Reads an import file's bytes into sheets of text cells, or refuses it with a sentence naming the file.
// CSV and TSV are decoded and split here (so values stay exactly as written); workbooks go through SheetJS with
// formulas switched off: a formula cell gives the value Excel last showed, and a text cell "=SUM(A1)" stays that text.
import * as XLSX from 'xlsx';
import { CaremapError } from '../errors';
import { decodeText, looksBinary } from './decode-text';
import { MAX_IMPORT_BYTES, tooBigMessage, type RawSheet, type RawWorkbook } from './import-types';
import { detectDelimiter, parseDelimited } from './parse-delimited';
import { isGraphFile, readGraphFile } from './graph-files';

export const IMPORT_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.tsv', '.txt', '.graphml', '.gexf', '.prsm', '.json'] as const;
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

/** Text the way a person reads the cell: dates as YYYY-MM-DD, numbers without Excel's display formatting. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    // SheetJS gives dates at local midnight (UTC when the file has no time zone); UTC parts keep the calendar day.
    const d = new Date(value.getTime() + 12 * 3600 * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a cell value is a string, number or boolean here (dates handled above)
  return String(value);
}

function readSpreadsheet(fileName: string, bytes: Uint8Array): RawSheet[] {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellText: false, cellDates: true, cellStyles: false, dense: true });
  } catch (error) {
    const why = error instanceof Error ? error.message : '';
    if (/password|encrypt/i.test(why)) {
      throw refuse(fileName, `“${fileName}” is protected with a password, so Caremap cannot read it. Open it in your spreadsheet program, remove the password, save it, and import it again.`);
    }
    throw refuse(fileName, `“${fileName}” could not be read: the file seems to be damaged or is not really a spreadsheet. Open it in your spreadsheet program, save it again as .xlsx or .csv, and import that.`);
  }
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    if (!sheet || !sheet['!ref']) return { name, rows: [] };
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const data = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
    // Pad so that row and column numbers in messages are the ones the spreadsheet shows, even if the data starts at C3.
    const lead = Array.from({ length: range.s.c }, () => '');
    const rows: string[][] = Array.from({ length: range.s.r }, () => []);
    for (const row of data) rows.push([...lead, ...row.map(cellText)]);
    return { name, rows };
  });
}

function readText(fileName: string, bytes: Uint8Array): RawSheet[] {
  if (looksBinary(bytes)) throw refuse(fileName, `“${fileName}” is not a text (CSV) file. Caremap imports ${KNOWN_FORMATS}.`);
  const { text } = decodeText(bytes);
  const rows = parseDelimited(text, detectDelimiter(text, fileName));
  const base = fileName.replace(/\.[^.]*$/, '') || 'Sheet1';
  return [{ name: base, rows }];
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** The file's sheets as text; refuses a file that is not a spreadsheet, is damaged, protected or holds nothing. */
export function readWorkbook(fileName: string, bytes: Uint8Array): RawWorkbook {
  const extension = extensionOf(fileName);
  if (!WORKBOOK_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension) && !isGraphFile(extension)) {
    const what = extension ? `a ${extension} file` : 'a file with no extension';
    throw refuse(fileName, `“${fileName}” is ${what}, not a spreadsheet or a map file. Caremap imports ${KNOWN_FORMATS}.`);
  }
  if (bytes.length === 0) throw refuse(fileName, `“${fileName}” is empty: it holds no rows to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw refuse(fileName, tooBigMessage(fileName));
  }
  if (isGraphFile(extension)) {
    if (looksBinary(bytes)) throw refuse(fileName, `“${fileName}” is not a text file, even though its name ends in ${extension}. It may be damaged; export it again.`);
    return readGraphFile(fileName, extension, bytes);
  }
  let sheets: RawSheet[];
  if (TEXT_EXTENSIONS.has(extension) && !hasPrefix(bytes, ZIP) && !hasPrefix(bytes, OLE)) sheets = readText(fileName, bytes);
  else {
    // An .xls may also be the HTML or XML table some programs save under that name; anything else must be a zip (xlsx,
    // ods) or an OLE container (xls, or a password-protected xlsx), or SheetJS would read a photo as one odd text cell.
    const markup = extension === '.xls' && bytes[0] === 0x3c; // '<'
    if (!hasPrefix(bytes, ZIP) && !hasPrefix(bytes, OLE) && !markup) {
      throw refuse(fileName, `“${fileName}” is not a spreadsheet, even though its name ends in ${extension}. It may be damaged; open it in your spreadsheet program and save it again.`);
    }
    sheets = readSpreadsheet(fileName, bytes);
  }
  if (sheets.length === 0 || sheets.every((s) => s.rows.every(isBlankRow))) {
    throw refuse(fileName, `“${fileName}” is empty: none of its sheets has anything written in it.`);
  }
  return { fileName, sheets };
}
