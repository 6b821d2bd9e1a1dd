// Characters XML 1.0 cannot hold at all, even escaped (so SVG, GraphML, GEXF and xlsx cannot either): one definition
// used where text comes in (the API's schemas) and where XML goes out (pictures, graph files), so neither can miss one.

/**
 * C0 control characters other than tab, newline and carriage return; the noncharacters U+FFFE and U+FFFF; and
 * surrogate halves without their partner (JavaScript strings can hold them, UTF-8 and XML cannot).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const UNREPRESENTABLE = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any of the above (surrogates of any kind: the exact check runs only when one is there), for a quick first look. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The replacement character, so a person sees that something could not be kept rather than losing it silently. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Text every XML format can hold: invisible control characters (pasted from a spreadsheet or a terminal) are left
 * out; noncharacters and lone surrogate halves become "�".
 */
export function xmlSafeText(text: string): string {
  // Nearly every text is clean: one test, and the text itself back (import planning calls this per cell).
  if (!SUSPECT.test(text)) return text;
  return text.replace(CONTROL, '').replace(UNREPRESENTABLE, REPLACEMENT_CHARACTER);
}

/** True when `text` has nothing xmlSafeText would change. */
export function isXmlSafe(text: string): boolean {
  return xmlSafeText(text) === text;
}
