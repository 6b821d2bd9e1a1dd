// One XML start tag read at a position: where it ends, whether it closes itself, and its attributes. The fast .xlsx
// reader's only tokenizer; anything it cannot read with certainty makes it give up (null), never guess.

export interface Tag {
  /** Index just past the tag's `>`. */
  end: number;
  selfClosing: boolean;
  /** Attribute names as written (prefix included) and their raw values, in order. */
  names: string[];
  values: string[];
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The tag whose name ends at `from` (just after `<name`). Null when it is not plain: a value holding `<`, or `>`
 * unless `quotedAngle` (SheetJS cuts a cell or row tag at its first `>`, but reads a numFmt's quoted `[>=100]`), a
 * tab between attributes (its tag reader splits names on spaces and line ends only), a missing quote.
 */
export function readTag(xml: string, from: number, quotedAngle = false): Tag | null {
  const names: string[] = [];
  const values: string[] = [];
  let at = from;
  for (;;) {
    const c = xml.charCodeAt(at);
    if (c === 0x3e) return { end: at + 1, selfClosing: false, names, values };
    if (c === 0x2f) return xml.charCodeAt(at + 1) === 0x3e ? { end: at + 2, selfClosing: true, names, values } : null;
    if (c === 0x09) return null;
    if (isSpace(c)) {
      at++;
      continue;
    }
    if (at === from) return null; // an attribute must follow a space
    const prev = xml.charCodeAt(at - 1);
    if (!isSpace(prev) && prev !== 0x22 && prev !== 0x27) return null;
    const eq = xml.indexOf('=', at);
    if (eq === -1) return null;
    const name = xml.slice(at, eq);
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) return null;
    const quote = xml.charCodeAt(eq + 1);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", eq + 2);
    if (close === -1) return null;
    const value = xml.slice(eq + 2, close);
    if (value.indexOf('<') !== -1 || (!quotedAngle && value.indexOf('>') !== -1)) return null;
    names.push(name);
    values.push(value);
    at = close + 1;
  }
}

/** An attribute's raw value, or undefined. */
export function attribute(tag: Tag, name: string): string | undefined {
  const i = tag.names.indexOf(name);
  return i === -1 ? undefined : tag.values[i];
}

/** Whether `xml` at `at` starts the element `<name` (followed by a space, `>` or `/`). */
export function opens(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const c = xml.charCodeAt(at + name.length);
  return c === 0x3e || c === 0x2f || isSpace(c);
}

export function skipSpace(xml: string, at: number, end: number): number {
  while (at < end && isSpace(xml.charCodeAt(at))) at++;
  return at;
}
