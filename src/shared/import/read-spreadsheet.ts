// Reads a workbook (.xlsx, .xls, .ods) into sheets of text cells with SheetJS, trusting only the cells it holds:
// a sheet's declared size (`<dimension>`) is ignored, the zip's unpacked size is checked before SheetJS inflates it,
// and rows, columns and cells are counted against the import's limits as they are read. An .xlsx's cells are read by
// the fast reader in xlsx-cells.ts when it is certain of them (it gives SheetJS's text exactly), else by SheetJS.
import * as XLSX from 'xlsx';
import { CaremapError } from '../errors';
import { limitMessages, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_MB } from './import-limits';
import type { RawSheet } from './import-types';
import { cellText } from './sheet-cell-text';
import { readXlsxCells } from './xlsx-cells';
import { declaredUnpackedBytes } from './zip-directory';

const refuse = (fileName: string, message: string, sheet?: string) =>
  new CaremapError('bad-spreadsheet', message, sheet === undefined ? { file: fileName } : { file: fileName, sheet });

function checkUnpacked(fileName: string, bytes: Uint8Array): void {
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_MB * 1024 * 1024)
    throw refuse(fileName, limitMessages.unpacked(fileName, unpacked / (1024 * 1024)));
}

function parse(fileName: string, bytes: Uint8Array): XLSX.WorkBook {
  try {
    // dense: rows of the cells there are; nodim: the sheet's size from those cells, not from what it declares;
    // sheetRows: SheetJS stops keeping rows one past our limit, so a 3-million-row sheet is never held whole.
    const options: XLSX.ParsingOptions & { nodim: boolean } = {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellDates: true,
      cellStyles: false,
      dense: true,
      nodim: true,
      sheetRows: MAX_ROWS + 1,
    };
    return XLSX.read(bytes, options);
  } catch (error) {
    const why = error instanceof Error ? error.message : '';
    if (/password|encrypt/i.test(why)) {
      throw refuse(
        fileName,
        `“${fileName}” is protected with a password, so Caremap cannot read it. Open it in your spreadsheet program, remove the password, save it, and import it again.`,
      );
    }
    throw refuse(
      fileName,
      `“${fileName}” could not be read: the file seems to be damaged or is not really a spreadsheet. Open it in your spreadsheet program, save it again as .xlsx or .csv, and import that.`,
    );
  }
}

/** SheetJS's cells of a row, or the fast reader's texts. */
type DenseRow = readonly unknown[];

/** A row's width up to its last cell (SheetJS may leave holes and a trailing gap). */
function widthOf(row: DenseRow | undefined): number {
  if (!row) return 0;
  let width = row.length;
  while (width > 0 && row[width - 1] === undefined) width--;
  return width;
}

/** Every limit checked on SheetJS's cells before any is copied, so the refusal can give the whole file's count. */
function checkLimits(fileName: string, sheets: { name: string; data: readonly (DenseRow | undefined)[] }[]): void {
  let cells = 0;
  for (const { name, data } of sheets) {
    if (data.length > MAX_ROWS) throw refuse(fileName, limitMessages.rows(fileName, name, null), name);
    for (let r = 0; r < data.length; r++) {
      const width = widthOf(data[r]);
      if (width > MAX_COLUMNS) throw refuse(fileName, limitMessages.columns(fileName, name, r + 1, width), name);
      cells += width;
    }
  }
  if (cells > MAX_CELLS) throw refuse(fileName, limitMessages.cells(fileName, cells));
}

/** `fastXlsx: false` reads with SheetJS only (the oracle the fast reader's tests compare with). */
export function readSpreadsheet(fileName: string, bytes: Uint8Array, { fastXlsx = true } = {}): RawSheet[] {
  checkUnpacked(fileName, bytes);
  const fast = fastXlsx ? readXlsxCells(bytes) : null;
  if (fast) {
    checkLimits(
      fileName,
      fast.map((sheet) => ({ name: sheet.name, data: sheet.rows })),
    );
    return fast;
  }
  const workbook = parse(fileName, bytes);
  const sheets = workbook.SheetNames.map((name) => ({ name, data: workbook.Sheets[name]?.['!data'] ?? [] }));
  checkLimits(fileName, sheets);
  // Row and column numbers stay the ones the spreadsheet shows: !data is indexed from A1 even if the data starts at C3.
  return sheets.map(({ name, data }) => ({
    name,
    rows: Array.from(data, (cellsOfRow) => {
      const width = widthOf(cellsOfRow);
      const row = new Array<string>(width);
      for (let c = 0; c < width; c++) row[c] = cellText(cellsOfRow?.[c]);
      return row;
    }),
  }));
}
