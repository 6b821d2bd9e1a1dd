// How much one import may hold, in one place: the reader refuses past these, and the API's schemas accept up to
// them, so a file the preview shows can always be committed. Each limit is named in its refusal.
import { columnLetter } from './cell-values';

/** Rows in one sheet: 20,000 actors or 60,000 ties (the largest imports we support) fit with room to spare. */
export const MAX_ROWS = 100_000;
/** Columns in one sheet; the API's choices (one target per column) accept exactly this many. */
export const MAX_COLUMNS = 2_000;
/** Cells read from the whole file (rows × their width): 60,000 ties × 20 columns plus 20,000 actors × 40. */
export const MAX_CELLS = 3_000_000;
/**
 * What a workbook's zip may unpack to. Excel's workbook of 20,000 actors (40 columns) and 60,000 ties unpacks to about
 * 70 MB; SheetJS scans all of a sheet's XML even past the row limit, so this also bounds the time a workbook can take.
 */
export const MAX_UNPACKED_MB = 150;
/** Reading and planning run in a worker stopped after this long (a real 20,000-actor workbook takes ~3 s). */
export const READ_SECONDS = 20;
/** The worker's JavaScript heap: a 3-million-cell workbook needs about 1 GB while SheetJS parses it. */
export const READ_MEMORY_MB = 1536;
/** Sheet names (a CSV's is its file name) and type values are cut to what the API accepts back. */
export const MAX_SHEET_NAME = 300;
export const MAX_KIND_VALUE = 400;

const n = (value: number) => value.toLocaleString('en-GB');
const SPLIT =
  'Split it into smaller files (for example, one per area or one for actors and one for ties) and import them one after another.';
const where = (sheet: string | null) => (sheet === null ? '' : ` in the sheet “${sheet}”`);

export const limitMessages = {
  rows: (file: string, sheet: string | null, rows: number | null) =>
    `“${file}” has ${rows === null ? `more than ${n(MAX_ROWS)}` : n(rows)} rows${where(sheet)}; Caremap imports at most ${n(MAX_ROWS)} rows at a time. ${SPLIT}`,
  columns: (file: string, sheet: string | null, row: number, columns: number) =>
    `“${file}” has ${n(columns)} columns${where(sheet)} (row ${n(row)} reaches column ${columnLetter(columns - 1)}); Caremap imports at most ${n(MAX_COLUMNS)} columns. ` +
    `Delete the columns after ${columnLetter(MAX_COLUMNS - 1)} that you do not need (some may only look empty), save it, and import it again.`,
  cells: (file: string, cells: number | null) =>
    `“${file}” has ${cells === null ? `more than ${n(MAX_CELLS)}` : n(cells)} cells; Caremap imports at most ${n(MAX_CELLS)} cells at a time. ${SPLIT}`,
  unpacked: (file: string, megabytes: number | null) =>
    `“${file}” unpacks to ${megabytes === null ? `more than ${n(MAX_UNPACKED_MB)}` : n(Math.round(megabytes))} MB, far more than a spreadsheet of actors and ties; Caremap reads workbooks that unpack to at most ${n(MAX_UNPACKED_MB)} MB. ` +
    'It may be damaged or made to harm: if you trust it, save it again from your spreadsheet program, or split it.',
  timeout: (file: string, seconds = READ_SECONDS) =>
    `“${file}” took longer than ${n(seconds)} seconds to read; it may be damaged or far bigger than it looks — save it again from your spreadsheet program or split it. Your map is as it was.`,
  memory: (file: string, megabytes = READ_MEMORY_MB) =>
    `“${file}” needed more memory to read than Caremap allows (${n(megabytes)} MB); it may be damaged or far bigger than it looks — save it again from your spreadsheet program or split it. Your map is as it was.`,
  crashed: (file: string) =>
    `Reading “${file}” stopped unexpectedly, so nothing was imported and your map is as it was. The file may be damaged: save it again from your spreadsheet program and import that.`,
};
