// How wide a line of text is drawn, measured rather than guessed, so a picture's legend can wrap or widen instead of
// cutting a kind's name or its count short.

/**
 * Advance widths in thousandths of the font size for U+0020–U+00FF: per character the wider of Helvetica (its AFM,
 * what Arial, Liberation Sans and Segoe UI are close to) and DejaVu Sans (measured with resvg; the widest font in
 * FONT_FAMILY and what Debian machines fall back to). Being generous only wraps a little early; being short cuts text.
 */
const LATIN_WIDTHS: readonly number[] = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 637, 337, 337, 838, 838, 838, 556, 1015, 712, 687, 722, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863,
  749, 788, 667, 788, 722, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 556, 500, 613, 635, 550, 635,
  616, 345, 635, 634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 394, 521, 393, 634, 592, 818, 592, 592, 525, 637,
  337, 637, 838, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 318, 401, 637, 637, 637, 637, 337, 556, 500, 1000,
  472, 612, 838, 333, 1000, 500, 500, 838, 401, 401, 500, 637, 637, 318, 500, 401, 472, 612, 970, 970, 970, 611, 712,
  712, 712, 712, 712, 685, 1000, 722, 667, 667, 667, 667, 295, 295, 295, 295, 775, 749, 788, 788, 788, 788, 788, 838,
  788, 732, 732, 732, 732, 667, 667, 630, 613, 613, 613, 613, 613, 613, 982, 550, 616, 616, 616, 616, 278, 278, 278,
  278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592,
];

/** Scripts drawn a full em wide (CJK, kana, hangul) and emoji. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u;

function advance(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code <= 0xff) return LATIN_WIDTHS[code - 0x20]!;
  if (WIDE.test(ch)) return 1000;
  // Combining marks and joiners take no room; any other letter at a wide Latin letter's width.
  // eslint-disable-next-line no-misleading-character-class -- each mark or joiner is measured on its own, as zero width
  if (/[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]/u.test(ch)) return 0;
  return 780;
}

/** The width of `text` at `fontSize` px; bold is drawn about 10% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch);
  return (units / 1000) * fontSize * (bold ? 1.1 : 1);
}

/**
 * Words to lines no wider than `width`, never cutting a word or adding an ellipsis: a word wider than the line gets a
 * line of its own (callers widen the box to `widestWord` first so it fits).
 */
export function wrapMeasured(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || textWidth(next, fontSize) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function widestWord(text: string, fontSize: number): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, fontSize)));
}
