// Small XML helpers for the GraphML and GEXF writers: escaping, and leaving out characters XML 1.0 forbids.

import { xmlSafeText } from '../xml-safe-text';

/** Characters XML 1.0 forbids even escaped (controls, U+FFFE/U+FFFF, lone surrogates) are left out or replaced first. */
export function xmlText(text: string): string {
  return xmlSafeText(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** For attribute values: also quotes, and tabs/newlines as character references so they survive parsing. */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}

/** "#E69F00" → [230, 159, 0]; anything unreadable is grey. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
