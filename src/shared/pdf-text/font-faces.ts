// Which Noto font file covers which characters: read from the fontsource packages' @font-face CSS (one file per script
// subset, with its unicode-range), so a PDF loads only the few files its text needs.

/** The fontsource families the PDF draws with, in the order they are tried for a character. */
export const PDF_FONT_FAMILIES = [
  // Latin (Turkish, Polish, Vietnamese…), Cyrillic, Greek and Devanagari.
  {
    family: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'],
    bold: true,
  },
  { family: 'noto-sans-arabic', subsets: ['arabic'], bold: true },
  { family: 'noto-sans-hebrew', subsets: ['hebrew'], bold: true },
  { family: 'noto-sans-bengali', subsets: ['bengali'], bold: true },
  // Chinese comes in about a hundred numbered slices; regular weight only, to keep the app small (bold Chinese prints regular).
  { family: 'noto-sans-sc', subsets: null, bold: false },
] as const;

export type FontFamily = (typeof PDF_FONT_FAMILIES)[number]['family'];
export type FontWeight = 400 | 700;

/** Where the font files come from: the packages on disk (command line, tests) or the app's bundled assets (renderer). */
export interface PdfFontFiles {
  /** The family's @font-face CSS at one weight (fontsource's "400.css", "700.css"). */
  css(family: FontFamily, weight: FontWeight): Promise<string>;
  /**
   * One file the CSS names, e.g. "noto-sans-latin-400-normal.woff". WOFF, not WOFF2: fontkit cannot cut a subset out of
   * WOFF2's transformed glyph table ("Index out of range"), and a subset is what keeps a PDF with Chinese names small.
   */
  file(family: FontFamily, name: string): Promise<Uint8Array>;
}

export interface FontFace {
  family: FontFamily;
  weight: FontWeight;
  file: string;
  /** Inclusive code point ranges, sorted. */
  ranges: [number, number][];
}

function parseRanges(text: string): [number, number][] {
  return text
    .split(',')
    .map((part) => /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      // "U+4??" is a wildcard range: 400–4FF.
      const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
      const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
      return [lo, hi] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The faces of one family's CSS that Caremap uses (its chosen subsets; every numbered slice for Chinese). */
export function parseFontFaces(css: string, family: FontFamily, weight: FontWeight): FontFace[] {
  const spec = PDF_FONT_FAMILIES.find((f) => f.family === family)!;
  const wanted =
    spec.subsets === null ? null : new Set(spec.subsets.map((s) => `${family}-${s}-${weight}-normal.woff`));
  const faces: FontFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w.-]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    if (wanted ? !wanted.has(file) : !new RegExp(`^${family}-\\d+-${weight}-normal\\.woff$`).test(file)) continue;
    faces.push({ family, weight, file, ranges: parseRanges(range) });
  }
  return faces;
}

export function covers(face: FontFace, codePoint: number): boolean {
  let lo = 0;
  let hi = face.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = face.ranges[mid]!;
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}
