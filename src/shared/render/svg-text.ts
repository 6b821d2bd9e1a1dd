// Text for SVG pictures: escaping, and names wrapped to the width under an actor the way the canvas shows them.
import { xmlSafeText } from '../xml-safe-text';

/**
 * Characters XML 1.0 cannot hold even escaped (a name pasted from a spreadsheet may carry a control character, U+FFFE
 * or half a surrogate pair) are left out or replaced first, so the SVG stays well-formed and resvg can draw it.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Fonts every platform has, so the picture looks alike in browsers, resvg and vector editors. */
export const FONT_FAMILY =
  "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** An average glyph is about this share of the font size wide; enough to wrap without measuring. */
const CHAR_WIDTH = 0.56;

/** Up to `maxLines` lines no wider than `width`; what does not fit ends in an ellipsis. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => [...l].length <= perLine)) return lines;
  const kept = lines.slice(0, maxLines).map((l) => ([...l].length > perLine ? [...l].slice(0, perLine).join('') : l));
  const last = [...kept[kept.length - 1]!];
  kept[kept.length - 1] = `${last
    .slice(0, Math.max(1, perLine - 1))
    .join('')
    .trimEnd()}…`;
  return kept;
}
