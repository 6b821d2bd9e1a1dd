// Small XML helpers for the GraphML and GEXF writers: escaping, and leaving out characters XML 1.0 forbids.

/** Control characters other than tab, newline and carriage return cannot appear in XML 1.0, even escaped. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** For attribute values: also quotes, and tabs/newlines as character references so they survive parsing. */
export function xmlAttr(text: string): string {
  return xmlText(text).replaceAll('"', '&quot;').replaceAll("'", '&apos;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;');
}

/** "#E69F00" → [230, 159, 0]; anything unreadable is grey. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
