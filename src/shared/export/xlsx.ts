// Writes a map as an .xlsx workbook: Actors, Ties, the map's lists and an About sheet. Every text is a text cell
// (type "s", never a formula), so a name like "=HYPERLINK(…)" is shown, not run.
import * as XLSX from 'xlsx';
import type { MapDocument } from '../domain';
import { SHEETS } from '../spreadsheet-columns';
import { aboutRows, type ExportStamp } from './about-sheet';
import { actorRows, listRows, tieRows, type Row } from './spreadsheet-rows';

/** Column width in characters: the longest of the first rows, within reason. */
function widths(rows: Row[]): XLSX.ColInfo[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, c) => {
    let longest = 6;
    for (let r = 0; r < Math.min(rows.length, 200); r++) longest = Math.max(longest, String(rows[r]![c] ?? '').length);
    return { wch: Math.min(longest + 2, 50) };
  });
}

/** Excel (and SheetJS) refuse a cell of more than 32,767 characters. */
export const LONGEST_XLSX_CELL = 32_767;

/** A cell cut to fit, for the note in the About sheet. */
export interface CutCell {
  sheet: string;
  /** The spreadsheet row number a person sees (1 is the header). */
  row: number;
  column: string;
}

/** Cut to fit with "…" at the end, never between the two halves of a surrogate pair (an emoji, say). */
function cutToFit(text: string): string {
  let kept = text.slice(0, LONGEST_XLSX_CELL - 1);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/**
 * Builds the sheet cell by cell rather than with aoa_to_sheet, so no cell can ever become a formula or a date
 * whatever its text: strings are `t: 's'`, numbers `t: 'n'`, and no cell has `f`.
 */
export function rowsToSheet(
  rows: Row[],
  options: { filter: boolean; onCut?: (row: number, column: number) => void },
): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let lastCol = 0;
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === '') return;
      let text = value;
      if (typeof text === 'string' && text.length > LONGEST_XLSX_CELL) {
        text = cutToFit(text);
        options.onCut?.(r, c);
      }
      sheet[XLSX.utils.encode_cell({ r, c })] = typeof text === 'number' ? { t: 'n', v: text } : { t: 's', v: text };
      lastCol = Math.max(lastCol, c);
    });
  });
  const ref = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: Math.max(lastCol, (rows[0]?.length ?? 1) - 1) },
  });
  sheet['!ref'] = ref;
  sheet['!cols'] = widths(rows);
  if (options.filter && rows.length > 1) sheet['!autofilter'] = { ref };
  return sheet;
}

/** The About sheet's note on cells cut to fit, one row per cell, so a partner knows where the full text is missing. */
function cutCellRows(cuts: readonly CutCell[]): Row[] {
  if (cuts.length === 0) return [];
  return [
    [],
    [
      'Cut short',
      `A spreadsheet cell holds at most ${LONGEST_XLSX_CELL.toLocaleString('en-GB')} characters. ` +
        `${cuts.length === 1 ? 'This cell was' : `These ${cuts.length} cells were`} cut to fit and end in “…”; the map itself (and a JSON export) has the full text.`,
    ],
    ...cuts.map((cut): Row => ['', `${cut.sheet}, row ${cut.row}, column ${cut.column}`]),
  ];
}

export function mapToXlsx(doc: MapDocument, stamp: ExportStamp): Uint8Array {
  const book = XLSX.utils.book_new();
  const lists = listRows(doc);
  const cuts: CutCell[] = [];
  const add = (name: string, rows: Row[], filter = true) => {
    const onCut = (r: number, c: number) =>
      cuts.push({ sheet: name, row: r + 1, column: String(rows[0]?.[c] ?? XLSX.utils.encode_col(c)) });
    XLSX.utils.book_append_sheet(book, rowsToSheet(rows, { filter, onCut }), name);
  };
  add(SHEETS.actors, actorRows(doc));
  add(SHEETS.ties, tieRows(doc));
  add(SHEETS.kinds, lists.kinds, false);
  add(SHEETS.tieTypes, lists.tieTypes, false);
  add(SHEETS.tieStatuses, lists.tieStatuses, false);
  add(SHEETS.careOffers, lists.careOffers, false);
  add(SHEETS.fields, lists.fields, false);
  add(SHEETS.about, [...aboutRows(doc, stamp), ...cutCellRows(cuts)], false);
  book.Props = { Title: doc.info.name, Author: 'Caremap' };
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
