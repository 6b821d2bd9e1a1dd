// The fonts one PDF draws with: for every character of its text, the first Noto face that covers it, loaded and
// embedded (only the glyphs used: subset) once; then any text split into runs, one per font, for measuring and drawing.
import 'regenerator-runtime/runtime.js'; // fontkit's Indic shaper (Bengali) expects this global; it must come first.
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { woffToSfnt } from './woff-to-sfnt';
import {
  PDF_FONT_FAMILIES,
  covers,
  parseFontFaces,
  type FontFace,
  type FontWeight,
  type PdfFontFiles,
} from './font-faces';

export interface LoadedFace {
  face: FontFace;
  font: PDFFont;
  has(codePoint: number): boolean;
}

/** A piece of text in one font, in logical (reading) order. */
export interface FontRun {
  text: string;
  face: LoadedFace;
}

/** Spaces and punctuation belong to no script: they stay in the font of the text around them, so Arabic keeps joining. */
const NEUTRAL = /[\p{Zs}\p{P}]/u;
/** Parts of emoji and scripts with nothing to print on their own. */
// eslint-disable-next-line no-misleading-character-class -- each joiner, selector and modifier is removed on its own
const INVISIBLE = /[\u200b\u200d\u2060\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const weightFor = (family: (typeof PDF_FONT_FAMILIES)[number], bold: boolean): FontWeight =>
  bold && family.bold ? 700 : 400;

export class PdfFontSet {
  private constructor(
    private readonly catalogue: { regular: FontFace[]; bold: FontFace[] },
    private readonly loaded: Map<string, LoadedFace>,
    /** The regular Latin face: page numbers, bullets, and "?" for a character no font covers. */
    readonly fallback: LoadedFace,
  ) {}

  /** Loads and embeds the faces that `texts` need; the Latin face is always there, for page numbers and any gap. */
  static async forTexts(
    pdf: PDFDocument,
    files: PdfFontFiles,
    texts: readonly { text: string; bold: boolean }[],
  ): Promise<PdfFontSet> {
    pdf.registerFontkit(fontkit);
    const faceLists = await Promise.all(
      PDF_FONT_FAMILIES.flatMap((family) =>
        [false, true].map(async (bold) => ({
          bold,
          faces: parseFontFaces(
            await files.css(family.family, weightFor(family, bold)),
            family.family,
            weightFor(family, bold),
          ),
        })),
      ),
    );
    const catalogue = {
      regular: faceLists.filter((l) => !l.bold).flatMap((l) => l.faces),
      bold: faceLists.filter((l) => l.bold).flatMap((l) => l.faces),
    };
    const needed = new Map<string, FontFace>();
    const need = (face: FontFace | undefined) => face && needed.set(face.file, face);
    // The CSS lists Cyrillic before Latin: the fallback is the face that has "A".
    const latin = catalogue.regular.find((f) => covers(f, 0x41));
    if (!latin) throw new Error('the Latin font is missing from this copy of Caremap.');
    need(latin);
    for (const { text, bold } of texts) {
      const list = bold ? catalogue.bold : catalogue.regular;
      for (const ch of text) need(list.find((f) => covers(f, ch.codePointAt(0)!)));
    }
    const loaded = new Map<string, LoadedFace>();
    await Promise.all(
      [...needed.values()].map(async (face) => {
        const bytes = await woffToSfnt(await files.file(face.family, face.file));
        const parsed = fontkit.create(bytes);
        const font = await pdf.embedFont(bytes, { subset: true });
        loaded.set(face.file, { face, font, has: (cp) => parsed.hasGlyphForCodePoint(cp) });
      }),
    );
    return new PdfFontSet(catalogue, loaded, loaded.get(latin.file)!);
  }

  /** The face for one character: the one before it for spaces and punctuation, else the first that has it. */
  private faceFor(codePoint: number, bold: boolean, previous: LoadedFace | null): LoadedFace | null {
    if (previous && NEUTRAL.test(String.fromCodePoint(codePoint)) && previous.has(codePoint)) return previous;
    for (const face of bold ? this.catalogue.bold : this.catalogue.regular) {
      if (!covers(face, codePoint)) continue;
      const loaded = this.loaded.get(face.file);
      if (loaded?.has(codePoint)) return loaded;
    }
    return null;
  }

  /**
   * `text` as runs of one font each, in reading order. Emoji and joiners no font here can print are dropped; any other
   * character no font covers prints as "?" (so a gap shows), never as an empty box.
   */
  runs(text: string, bold: boolean): FontRun[] {
    const runs: FontRun[] = [];
    let previous: LoadedFace | null = null;
    let dropped = false;
    for (const ch of text.replace(/\r\n?/g, '\n')) {
      if (INVISIBLE.test(ch)) continue;
      const last = runs[runs.length - 1];
      // A dropped emoji between two words would leave two spaces.
      if (ch === ' ' && dropped && last?.text.endsWith(' ')) continue;
      let face = this.faceFor(ch.codePointAt(0)!, bold, previous);
      let printed = ch;
      dropped = false;
      if (!face) {
        if (PICTOGRAPH.test(ch)) {
          dropped = true;
          continue;
        }
        printed = '?';
        face = this.fallback;
      }
      if (last && last.face === face) last.text += printed;
      else runs.push({ text: printed, face });
      previous = face;
    }
    return runs;
  }

  widthOf(text: string, size: number, bold: boolean): number {
    return this.runs(text, bold).reduce((sum, run) => sum + run.face.font.widthOfTextAtSize(run.text, size), 0);
  }
}
