// A worksheet's `<sheetData>` read into rows of text cells indexed from A1, giving what SheetJS's parse_ws_xml_data +
// Caremap's cellText give for the same XML (dense, sheetStubs off, formulas off, cellDates on, a row cut). Any shape
// it does not know for certain (a prefix, another element, an odd reference or type) makes it return null.
import { isoDateText, serialDateText } from './xlsx-dates';
import { numberText } from './sheet-cell-text';
import { addLinkedCells } from './xlsx-hyperlinks';
import { CellType, cellTag, readCellTag } from './xlsx-cell-tag';
import { attribute, opens, readTag, skipSpace, type Tag } from './xlsx-tags';
import { stringItemText, unescapeBeforeDecoding, unescapeXml } from './xlsx-text';

export interface SheetContext {
  /** Shared strings, as SheetJS's table holds them (its one extra '' at the end included). */
  strings: readonly string[];
  /** Whether a cell style (its raw `s`) shows numbers as dates; null when SheetJS would fail on it. */
  isDateStyle: (style: number) => boolean | null;
  date1904: boolean;
  /** SheetJS's sheetRows: rows numbered past this are skipped. */
  lastRow: number;
}

const MAX_COLUMN = 16_384;
const ASCII = /^[\x20-\x7e]*$/;

/** The text of a `<v>` that holds only digits (a shared string's index), or -1. */
function digitsValue(raw: string): number {
  if (raw.length === 0 || raw.length > 9) return -1;
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/** What SheetJS drops (a stub, a number cell with no value): no cell at all. */
const SKIP = Symbol('skip');

/** One cell's text from its tag and the raw bodies of its `<v>` and `<is>`; SKIP for what SheetJS drops. */
function cellValue(
  type: CellType,
  style: number,
  raw: string | undefined,
  inline: string | undefined,
  context: SheetContext,
): string | typeof SKIP | null {
  if (type === CellType.Shared && raw !== undefined) {
    const index = digitsValue(raw);
    if (index !== -1) return context.strings[index] ?? null;
  }
  const v = raw === undefined ? undefined : unescapeBeforeDecoding(raw);
  if (v === null) return null;
  if (type === CellType.None && v === undefined) return SKIP;
  switch (type) {
    case CellType.None:
    case CellType.Number: {
      if (v === undefined) return SKIP;
      if (!ASCII.test(v)) return null; // SheetJS parses the undecoded bytes: a non-ASCII space would differ
      const value = parseFloat(v);
      if (style !== -1) {
        const isDate = context.isDateStyle(style);
        if (isDate === null) return null;
        if (isDate) return serialDateText(value, context.date1904);
      }
      return numberText(value);
    }
    case CellType.Shared:
      return v === undefined ? SKIP : null; // an index that is not plain digits
    case CellType.Str:
      return v === undefined ? '' : unescapeXml(v, true);
    case CellType.Inline:
      return inline === undefined ? '' : stringItemText(inline);
    case CellType.Bool:
      return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
    case CellType.Error:
      return '';
    case CellType.Date:
      if (v === undefined || !ASCII.test(v)) return null;
      return isoDateText(v, context.date1904);
    default:
      return null;
  }
}

/** Where a cell's content ends (after `</c>`), with its `<v>` and `<is>` bodies; null for any other content. */
const body: { end: number; raw: string | undefined; inline: string | undefined; index: number } = {
  end: 0,
  raw: undefined,
  inline: undefined,
  index: -1,
};

/** The digits between `from` and `to` as a number (a shared string's index), or -1. */
function digitsAt(xml: string, from: number, to: number): number {
  if (to === from || to - from > 9) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

function readCellBody(xml: string, from: number, end: number, shared: boolean): boolean {
  let at = from;
  let raw: string | undefined;
  let inline: string | undefined;
  let sawValue = false;
  body.raw = body.inline = undefined;
  body.index = -1;
  // The common shape first: <v>…</v></c>, and a shared string's index read in place (no string made per cell)
  if (xml.startsWith('<v>', at)) {
    const close = xml.indexOf('</v>', at + 3);
    if (close !== -1 && close < end && xml.indexOf('<', at + 3) === close && xml.startsWith('</c>', close + 4)) {
      if (shared) body.index = digitsAt(xml, at + 3, close);
      body.raw = close === at + 3 || body.index !== -1 ? undefined : xml.slice(at + 3, close);
      body.end = close + 8;
      return true;
    }
  }
  for (;;) {
    at = skipSpace(xml, at, end);
    if (xml.startsWith('</c>', at)) {
      body.end = at + 4;
      body.index = -1;
      body.raw = raw;
      body.inline = inline;
      return true;
    }
    if (opens(xml, at, '<v')) {
      const tag = readTag(xml, at + 2);
      if (!tag || sawValue) return false;
      sawValue = true;
      if (tag.selfClosing) {
        // Excel's empty formula text: SheetJS finds no </v> after it in the cell, so no value
        at = tag.end;
        continue;
      }
      const close = xml.indexOf('</v>', tag.end);
      if (close === -1 || close > end) return false;
      const text = xml.slice(tag.end, close);
      if (text.indexOf('<') !== -1) return false;
      raw = text === '' ? undefined : text; // SheetJS takes an empty <v></v> for no value
      at = close + 4;
    } else if (opens(xml, at, '<f')) {
      const tag = readTag(xml, at + 2);
      if (!tag) return false;
      if (tag.selfClosing) at = tag.end;
      else {
        const close = xml.indexOf('</f>', tag.end);
        if (close === -1 || close > end || xml.slice(tag.end, close).indexOf('<') !== -1) return false;
        at = close + 4;
      }
    } else if (opens(xml, at, '<is')) {
      const tag = readTag(xml, at + 3);
      if (!tag || tag.selfClosing || inline !== undefined) return false;
      const close = xml.indexOf('</is>', tag.end);
      if (close === -1 || close > end) return false;
      inline = xml.slice(tag.end, close);
      at = close + 5;
    } else return false;
  }
}

/** Attribute names SheetJS also reads as a row's `r` (`x:r`, `R`, `r_1`): give up on them. */
const lookalikeReference = (tag: Tag) =>
  tag.names.some((name) => {
    if (name === 'r') return false;
    let local = name.slice(name.indexOf(':') + 1);
    if (local.indexOf('_') > 0) local = local.slice(0, local.indexOf('_'));
    return local.toLowerCase() === 'r';
  });

/** SheetJS splits a row into cells at `<c `, `<c/` and `<c>` only: `<c` and a line end would be read differently. */
const cellTagFollows = (c: number) => c === 0x20 || c === 0x2f || c === 0x3e;

let quickRowEnd = 0;

/** The number of a row written `<row r="12">` (the usual shape), with quickRowEnd past it; else -1. */
function quickRow(xml: string, at: number): number {
  if (!xml.startsWith('<row r="', at)) return -1;
  const close = xml.indexOf('">', at + 8);
  if (close === -1 || xml.charCodeAt(at + 8) === 0x30) return -1;
  const row = digitsAt(xml, at + 8, close);
  if (row !== -1) quickRowEnd = close + 2;
  return row;
}

/** The rows of a worksheet's XML; null when any of it is beyond what this reader knows for certain. */
export function readSheetData(xml: string, context: SheetContext): string[][] | null {
  if (xml.indexOf(':sheetData') !== -1) return null;
  const open = xml.indexOf('<sheetData');
  // No sheetData: an empty sheet, unless the text is not what it seems (UTF-16 without its mark decodes to NULs).
  if (open === -1)
    return xml.indexOf('<worksheet') !== -1 && xml.indexOf('\u0000') === -1 && xml.indexOf('hyperlink') === -1
      ? []
      : null;
  const openTag = opens(xml, open, '<sheetData') ? readTag(xml, open + 10) : null;
  if (!openTag) return null;
  const closeAt = xml.indexOf('</sheetData>', openTag.end);
  if (openTag.selfClosing) {
    const rows: string[][] = [];
    return closeAt === -1 && addLinkedCells(xml, openTag.end, rows) ? rows : null;
  }
  if (closeAt === -1) return null;
  const rows: string[][] = [];
  let rowNumber = 0;
  let at = openTag.end;
  for (;;) {
    at = skipSpace(xml, at, closeAt);
    if (at >= closeAt) break;
    const quick = quickRow(xml, at);
    if (quick !== -1) {
      rowNumber = quick;
      at = quickRowEnd;
    } else {
      if (!opens(xml, at, '<row')) return null;
      const rowTag = readTag(xml, at + 4);
      if (!rowTag || lookalikeReference(rowTag)) return null;
      at = rowTag.end;
      if (rowTag.selfClosing) continue; // SheetJS skips a self-closed row without counting it
      const r = attribute(rowTag, 'r');
      if (r !== undefined && !/^[1-9]\d{0,8}$/.test(r)) return null;
      rowNumber = r === undefined ? rowNumber + 1 : Number(r);
    }
    const keep = rowNumber <= context.lastRow;
    let column = -1;
    for (;;) {
      at = skipSpace(xml, at, closeAt);
      if (xml.startsWith('</row>', at)) {
        at += 6;
        break;
      }
      if (!xml.startsWith('<c', at) || !cellTagFollows(xml.charCodeAt(at + 2)) || !readCellTag(xml, at + 2))
        return null;
      const tag = cellTag;
      if (tag.selfClosing) {
        body.end = tag.end;
        body.index = -1;
        body.raw = body.inline = undefined;
      } else if (!readCellBody(xml, tag.end, closeAt, tag.type === CellType.Shared)) return null;
      if (!tag.hasReference) {
        if (/r=["']/.test(xml.slice(at, body.end))) return null;
        column++;
      } else {
        if (tag.row !== rowNumber) return null;
        column = tag.column;
      }
      at = body.end;
      if (column >= MAX_COLUMN) return null;
      if (!keep) continue;
      const text =
        body.index !== -1
          ? (context.strings[body.index] ?? null)
          : cellValue(tag.type, tag.style, body.raw, body.inline, context);
      if (text === null) return null;
      if (text === SKIP) continue;
      (rows[rowNumber - 1] ??= [])[column] = text;
    }
  }
  return addLinkedCells(xml, closeAt, rows) ? rows : null;
}
