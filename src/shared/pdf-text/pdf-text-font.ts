// A font as the report's PDF code uses it: measure a text, draw a line of it. Behind it, the line is split into runs
// of one Noto face each (PdfFontSet) and put in visual order (bidi-line), so every script prints as written.
import type { PDFPage, RGB } from 'pdf-lib';
import { isRtlParagraph, visualRuns } from './bidi-line';
import type { PdfFontSet } from './pdf-font-set';

export interface DrawTextOptions {
  x: number;
  y: number;
  size: number;
  color: RGB;
  opacity?: number;
  /** The line's base direction (the order of its runs); default: from the text (mostly Arabic or Hebrew letters). `x` is always the left edge. */
  rtl?: boolean;
}

export class PdfTextFont {
  constructor(
    private readonly set: PdfFontSet,
    readonly bold: boolean,
  ) {}

  widthOfTextAtSize(text: string, size: number): number {
    return this.set.widthOf(text, size, this.bold);
  }

  /** Draws one line (no wrapping) starting at x; returns its width. */
  draw(page: PDFPage, text: string, options: DrawTextOptions): number {
    const rtl = options.rtl ?? isRtlParagraph(text);
    const runs = visualRuns(text, this.set, this.bold, rtl);
    const widths = runs.map((r) => r.face.font.widthOfTextAtSize(r.text, options.size));
    const total = widths.reduce((a, b) => a + b, 0);
    let x = options.x;
    runs.forEach((run, i) => {
      page.drawText(run.text, {
        x,
        y: options.y,
        size: options.size,
        font: run.face.font,
        color: options.color,
        ...(options.opacity !== undefined ? { opacity: options.opacity } : {}),
      });
      x += widths[i]!;
    });
    return total;
  }
}

/** The report's two weights. */
export interface PdfFonts {
  regular: PdfTextFont;
  bold: PdfTextFont;
}
