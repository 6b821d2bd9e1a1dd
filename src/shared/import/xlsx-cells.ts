// A fast reader of an .xlsx/.xlsm's worksheet cells into the text rows readSpreadsheet gives through SheetJS (row and
// column positions as the spreadsheet shows them, from A1). SheetJS's general XML parser costs ~2 µs a cell; this
// reads only what the import needs, straight from the XML text. It returns null for anything it does not handle with
// certainty (strict OOXML, odd structure, an unknown cell type, damage), and readSpreadsheet then uses SheetJS.
import { MAX_ROWS } from './import-limits';
import { readBook } from './xlsx-book';
import { readSheetData } from './xlsx-sheet-data';
import { dateStyles } from './xlsx-styles';
import { readSharedStrings } from './xlsx-text';
import { zipEntries } from './zip-directory';

export interface XlsxSheetCells {
  name: string;
  /** Rows from row 1; a row's cells from column A, '' where the sheet has none (rows past the last cell left out). */
  rows: string[][];
}

/** Rows with their gaps filled: an absent row is [], an absent cell before a row's last one is ''. */
function filled(rows: string[][]): string[][] {
  const out = new Array<string[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) out[r] = [];
    else {
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
      out[r] = row;
    }
  }
  return out;
}

function readCells(bytes: Uint8Array): XlsxSheetCells[] | null {
  const book = readBook(bytes);
  if (!book) return null;
  const sstXml = book.sharedStrings === null ? '' : book.part(book.sharedStrings);
  if (sstXml === null) return null;
  const strings = readSharedStrings(sstXml);
  if (!strings) return null;
  const stylesXml = book.styles === null ? null : book.part(book.styles);
  if (book.styles !== null && stylesXml === null) return null;
  const isDateStyle = dateStyles(stylesXml);
  if (!isDateStyle) return null;
  const context = { strings, isDateStyle, date1904: book.date1904, lastRow: MAX_ROWS + 1 };
  const sheets: XlsxSheetCells[] = [];
  for (const sheet of book.sheets) {
    const xml = book.part(sheet.path);
    if (xml === null || xml.indexOf('purl.oclc.org') !== -1) return null;
    // A comment or threaded comment puts a cell where the sheet may have none (SheetJS adds it): leave to SheetJS.
    const slash = sheet.path.lastIndexOf('/');
    const rels = book.part(`${sheet.path.slice(0, slash)}/_rels/${sheet.path.slice(slash + 1)}.rels`);
    if (rels !== null && /comments/i.test(rels)) return null;
    const rows = readSheetData(xml, context);
    if (!rows) return null;
    sheets.push({ name: sheet.name, rows: filled(rows) });
  }
  return sheets;
}

/**
 * The workbook's sheets as text cells, exactly as SheetJS + cellText would give them, or null when this reader is
 * not certain of that (readSpreadsheet then reads the file with SheetJS, which also gives damaged files' refusals).
 */
export function readXlsxCells(bytes: Uint8Array): XlsxSheetCells[] | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return null;
  // An .ods or a zip that is no .xlsx is told from its directory, before anything is unpacked twice.
  const names = zipEntries(bytes)?.map((entry) => entry.name.toLowerCase());
  if (!names?.includes('[content_types].xml') || names.includes('meta-inf/manifest.xml')) return null;
  try {
    return readCells(bytes);
  } catch {
    return null; // damaged zip or XML: SheetJS's path words the refusal
  }
}
