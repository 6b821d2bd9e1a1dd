// The cells a worksheet's hyperlinks add, as SheetJS adds them: a link on a cell that holds nothing still makes an
// (empty) cell there, so the row it is on, and its width, are what SheetJS gives. Excel makes links by itself when an
// email address or web address is typed, so sheets of partners' details often have them.
import { readTag } from './xlsx-tags';

const REFERENCE = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** A link over more cells than this is left to SheetJS (it would fill every one). */
const MAX_LINKED_CELLS = 100_000;

function cellOf(reference: string): { row: number; column: number } | null {
  const match = REFERENCE.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * Puts '' into `rows` where a hyperlink in the XML after `<sheetData>` (from `from`) covers a cell that has none.
 * False when a link is written in a way SheetJS reads differently (a prefix, an odd or huge range).
 */
export function addLinkedCells(xml: string, from: number, rows: string[][]): boolean {
  if (xml.indexOf(':hyperlink', from) !== -1) return false; // a prefixed link (a cheap scan: the XML is megabytes)
  let cells = 0;
  for (let at = xml.indexOf('<hyperlink', from); at !== -1; at = xml.indexOf('<hyperlink', at + 1)) {
    const next = xml.charCodeAt(at + 10);
    if (next === 0x73) continue; // <hyperlinks>
    if (next !== 0x20) return false;
    const tag = readTag(xml, at + 10);
    if (!tag) return false;
    if (tag.names.some((name) => name !== 'ref' && name.toLowerCase().replace(/^.*:/, '').split('_')[0] === 'ref'))
      return false;
    const refAt = tag.names.indexOf('ref');
    // SheetJS stops at the first link without a reference.
    if (refAt === -1 || tag.values[refAt] === '') return true;
    const [first = '', last = first, ...rest] = tag.values[refAt]!.split(':');
    const start = cellOf(first);
    const end = cellOf(last);
    if (!start || !end || rest.length > 0 || end.row < start.row || end.column < start.column) return false;
    cells += (end.row - start.row + 1) * (end.column - start.column + 1);
    if (cells > MAX_LINKED_CELLS) return false;
    for (let r = start.row; r <= end.row; r++) {
      const row = (rows[r] ??= []);
      for (let c = start.column; c <= end.column; c++) row[c] ??= '';
    }
  }
  return true;
}
