// A worksheet's `<c …>` start tag read in place, with no allocation but its style and type: this runs once per cell
// (hundreds of thousands), so it fills one reused record instead of building a tag object.

/** Cell types as small numbers; UNKNOWN makes the reader give up. */
export const enum CellType {
  None,
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
  Unknown,
}

export interface CellTag {
  end: number;
  selfClosing: boolean;
  /** Whether the tag has `r`, and the row number and column index (from 0) it gives. */
  hasReference: boolean;
  row: number;
  column: number;
  /** The `s` attribute as a number, -1 when absent. */
  style: number;
  type: CellType;
}

export const cellTag: CellTag = {
  end: 0,
  selfClosing: false,
  hasReference: false,
  row: 0,
  column: 0,
  style: -1,
  type: CellType.None,
};

function typeOf(xml: string, from: number, to: number): CellType {
  switch (xml.slice(from, to)) {
    case 's':
      return CellType.Shared;
    case 'n':
      return CellType.Number;
    case 'str':
      return CellType.Str;
    case 'inlineStr':
      return CellType.Inline;
    case 'b':
      return CellType.Bool;
    case 'e':
      return CellType.Error;
    case 'd':
      return CellType.Date;
    default:
      return CellType.Unknown;
  }
}

/** Fills `cellTag` from the attributes after `<c`; false when the tag is not plain (see readTag's rules). */
export function readCellTag(xml: string, from: number): boolean {
  const tag = cellTag;
  tag.hasReference = false;
  tag.style = -1;
  tag.type = CellType.None;
  let at = from;
  let afterSpace = false;
  for (;;) {
    const c = xml.charCodeAt(at);
    if (c === 0x3e) {
      tag.end = at + 1;
      tag.selfClosing = false;
      return true;
    }
    if (c === 0x2f) {
      if (xml.charCodeAt(at + 1) !== 0x3e) return false;
      tag.end = at + 2;
      tag.selfClosing = true;
      return true;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d) {
      afterSpace = true;
      at++;
      continue;
    }
    if (!afterSpace) return false;
    afterSpace = false;
    const nameStart = at;
    let n = c;
    while (
      (n >= 0x61 && n <= 0x7a) ||
      (n >= 0x41 && n <= 0x5a) ||
      (n >= 0x30 && n <= 0x39) ||
      n === 0x3a ||
      n === 0x5f ||
      n === 0x2d ||
      n === 0x2e
    )
      n = xml.charCodeAt(++at);
    if (n !== 0x3d || at === nameStart) return false;
    const nameEnd = at;
    const quote = xml.charCodeAt(at + 1);
    if (quote !== 0x22 && quote !== 0x27) return false;
    const valueStart = at + 2;
    const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", valueStart);
    if (valueEnd === -1) return false;
    at = valueEnd + 1;
    const last = xml.charCodeAt(nameEnd - 1);
    if (nameEnd - nameStart === 1 && last === 0x72) {
      // r: letters then a row number without leading zeros, as in "AB12"
      let i = valueStart;
      let column = 0;
      while (i < valueEnd && i - valueStart < 3 && (n = xml.charCodeAt(i)) >= 0x41 && n <= 0x5a) {
        column = column * 26 + n - 64;
        i++;
      }
      if (i === valueStart || i === valueEnd || xml.charCodeAt(i) === 0x30 || valueEnd - i > 7) return false;
      let row = 0;
      for (; i < valueEnd; i++) {
        n = xml.charCodeAt(i);
        if (n < 0x30 || n > 0x39) return false;
        row = row * 10 + n - 48;
      }
      tag.hasReference = true;
      tag.row = row;
      tag.column = column - 1;
    } else if (nameEnd - nameStart === 1 && last === 0x73) {
      // s: a style index written plainly (SheetJS looks "01" up as a text key and finds nothing: leave that to it)
      if (valueEnd === valueStart || valueEnd - valueStart > 6) return false;
      if (xml.charCodeAt(valueStart) === 0x30 && valueEnd - valueStart > 1) return false;
      let style = 0;
      for (let i = valueStart; i < valueEnd; i++) {
        n = xml.charCodeAt(i);
        if (n < 0x30 || n > 0x39) return false;
        style = style * 10 + n - 48;
      }
      tag.style = style;
    } else if (nameEnd - nameStart === 1 && last === 0x74) {
      tag.type = typeOf(xml, valueStart, valueEnd);
    } else {
      // SheetJS reads `x:t`, `T` or `t_x` as the type too (it drops prefixes, cuts at '_', also keys lower case),
      // and its `r=` pattern could take `xr` for the reference: give up on those; others (cm, xml:space) are inert.
      let local = xml.slice(nameStart, nameEnd);
      local = local.slice(local.lastIndexOf(':') + 1);
      if (local.indexOf('_') > 0) local = local.slice(0, local.indexOf('_'));
      local = local.toLowerCase();
      if (local === 'r' || local === 's' || local === 't' || last === 0x72) return false;
      const value = xml.slice(valueStart, valueEnd);
      if (value.indexOf('<') !== -1 || value.indexOf('>') !== -1) return false;
    }
  }
}
