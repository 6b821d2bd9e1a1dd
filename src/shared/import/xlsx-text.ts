// XML text as SheetJS unescapes it (entities, CDATA and Excel's `_xHHHH_` escapes) and the texts of a shared-strings
// entry (`<si>`): the fast .xlsx reader must give exactly what SheetJS gives, quirks included, or give up.

const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
// SheetJS's own patterns: case-insensitive, and a numeric entity is cut to 16 bits by fromCharCode (kept, to agree).
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

function decodeEntity(whole: string, digits: string | undefined): string {
  return NAMED[whole] ?? String.fromCharCode(parseInt(digits ?? '', whole.includes('x') ? 16 : 10));
}

function unescapeRaw(text: string): string {
  const cdata = text.indexOf('<![CDATA[');
  if (cdata === -1)
    return text
      .replace(ENTITY, decodeEntity)
      .replace(CODE, (_m, code: string) => String.fromCharCode(parseInt(code, 16)));
  const end = text.indexOf(']]>');
  return unescapeRaw(text.slice(0, cdata)) + text.slice(cdata + 9, end) + unescapeRaw(text.slice(end + 3));
}

/** SheetJS's `unescapexml`; `excel` (its `xlsx` flag) also turns CR LF into LF. */
export function unescapeXml(text: string, excel = false): string {
  if (text.indexOf('&') === -1 && text.indexOf('_') === -1 && text.indexOf('<') === -1)
    return excel && text.indexOf('\r') !== -1 ? text.replace(/\r\n/g, '\n') : text;
  const out = unescapeRaw(text);
  return excel ? out.replace(/\r\n/g, '\n') : out;
}

/**
 * Unescaping SheetJS applies to a cell's raw bytes before it decodes them from UTF-8 (the `<v>` of a number or a
 * formula's text): the same as unescaping decoded text as long as every escape gives a plain ASCII character.
 * Null when one does not (SheetJS would then mangle the bytes; the caller gives up and lets SheetJS do it).
 */
export function unescapeBeforeDecoding(text: string): string | null {
  if (text.indexOf('&') === -1 && text.indexOf('_') === -1) return text;
  if (text.indexOf('<![CDATA[') !== -1) return null;
  let ascii = true;
  const check = (char: string) => {
    if (char.charCodeAt(0) > 0x7f) ascii = false;
    return char;
  };
  const out = text
    .replace(ENTITY, (whole, digits: string | undefined) => check(decodeEntity(whole, digits)))
    .replace(CODE, (_m, code: string) => check(String.fromCharCode(parseInt(code, 16))));
  return ascii ? out : null;
}

const PLAIN_TEXT = /^\s*<t(?:\s[^>]*)?\/?>/;
const RUN = /<r\b[^<>]*>/;
const RUN_TEXT = /<t\b[^<>]*>([^<]*)<\/t>/g;
const PHONETIC = /<rPh\b[^<>]*>[\s\S]*?<\/rPh>/g;

/**
 * The text of one `<si>` or `<is>` body, as SheetJS's parse_si gives it: a plain `<t>`'s text up to its end tag, or
 * the `<t>` texts of rich-text runs joined, phonetic runs (`<rPh>`) left out; '' when it has neither. Null for shapes
 * SheetJS reads oddly (a namespace prefix, markup inside a text, an unclosed phonetic run).
 */
export function stringItemText(body: string): string | null {
  if (body.indexOf(':') !== -1 && /<\/?\w+:/.test(body)) return null;
  if (body === '') return '';
  const plain = PLAIN_TEXT.exec(body);
  if (plain) {
    const open = body.indexOf('>');
    const rest = body.slice(open + 1);
    const close = rest.indexOf('</t>');
    const text = close === -1 ? rest : rest.slice(0, close);
    if (text.indexOf('<') !== -1) return null;
    return unescapeXml(text, true);
  }
  if (/^\s*<t/.test(body)) return null; // `<tab>`-like names SheetJS would take for a text: leave to it
  if (!RUN.test(body)) return body.indexOf('<t') === -1 ? '' : null;
  if (body.indexOf('<rPh') !== -1 && (body.match(/<rPh\b/g) ?? []).length !== (body.match(/<\/rPh>/g) ?? []).length)
    return null;
  const withoutPhonetic = body.replace(PHONETIC, '');
  let joined = '';
  for (const match of withoutPhonetic.matchAll(RUN_TEXT)) joined += match[1] ?? '';
  return unescapeXml(joined, true);
}

/**
 * The shared strings table as SheetJS builds it from sharedStrings.xml: one text per `<si>`, plus the '' it makes of
 * what follows the last `</si>`. Null for anything but plain `<si>…</si>` entries.
 */
export function readSharedStrings(xml: string): string[] | null {
  if (/<\/?\w+:(sst|si)\b|<si[\s/]|<sstItem/.test(xml)) return null;
  const open = xml.indexOf('<sst');
  if (open === -1) return [];
  const openEnd = xml.indexOf('>', open);
  if (openEnd === -1) return null;
  if (xml.charCodeAt(openEnd - 1) === 0x2f) return xml.indexOf('</sst>') === -1 ? [] : null;
  const close = xml.indexOf('</sst>', openEnd);
  if (close === -1) return null;
  const strings: string[] = [];
  let at = openEnd + 1;
  for (;;) {
    const start = xml.indexOf('<si>', at);
    const between = xml.slice(at, start === -1 || start > close ? close : start);
    if (between.trim() !== '') return null;
    if (start === -1 || start > close) break;
    const end = xml.indexOf('</si>', start + 4);
    if (end === -1 || end > close) return null;
    const body = xml.slice(start + 4, end).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
    // SheetJS trims the undecoded bytes: only a body that is all markup trims the same both ways
    if (body !== '' && (body.charCodeAt(0) !== 0x3c || body.charCodeAt(body.length - 1) !== 0x3e)) return null;
    const text = stringItemText(body);
    if (text === null) return null;
    strings.push(text);
    at = end + 5;
  }
  strings.push('');
  return strings;
}
