// Writing a report's PDF page by page with pdf-lib: A4 pages, text wrapped to the page, a new page when the next block
// does not fit. Used by the report (report-pdf.ts) and its charts (report-pdf-charts.ts). Text goes through PdfTextFont,
// so names in any script print; a paragraph mostly in Arabic or Hebrew is aligned right.
import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import { isRtlParagraph } from '../pdf-text/bidi-line';
import type { PdfTextFont } from '../pdf-text/pdf-text-font';

export const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
export const MARGIN = 56;
export const WIDTH = PAGE.width - 2 * MARGIN;
export const INK = rgb(0.13, 0.13, 0.13);
export const MUTED = rgb(0.4, 0.4, 0.4);

/** Anything that can measure text: a PdfTextFont, or a pdf-lib font. */
export interface MeasuresText {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Words to lines no wider than `width`; a word longer than a line is cut, between characters (never inside one). */
export function wrapText(text: string, font: MeasuresText, size: number, width: number): string[] {
  const measure = (t: string) => font.widthOfTextAtSize(t, size);
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > width) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && measure(chars.slice(0, cut).join('')) > width) cut--;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Draws top to bottom, starting a new page when the next block does not fit. */
export class Writer {
  page: PDFPage;
  y = PAGE.height - MARGIN;
  constructor(private readonly pdf: PDFDocument) {
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
  }
  room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }
  text(
    text: string,
    font: PdfTextFont,
    size: number,
    options: { indent?: number; bullet?: string; gapAfter?: number; colour?: ReturnType<typeof rgb> } = {},
  ): void {
    const indent = options.indent ?? 0;
    const leading = size * 1.4;
    const rtl = isRtlParagraph(text);
    const lines = wrapText(text, font, size, WIDTH - indent);
    lines.forEach((line, i) => {
      this.room(leading);
      this.y -= leading;
      const y = this.y + size * 0.3;
      if (i === 0 && options.bullet)
        font.draw(this.page, options.bullet, {
          x: rtl ? PAGE.width - MARGIN - indent + 6 : MARGIN + indent - 12,
          y,
          size,
          color: INK,
          rtl: false,
        });
      // Right to left: the line ends at the right margin.
      const x = rtl ? PAGE.width - MARGIN - indent - font.widthOfTextAtSize(line, size) : MARGIN + indent;
      font.draw(this.page, line, { x, y, size, color: options.colour ?? INK, rtl });
    });
    this.y -= options.gapAfter ?? 0;
  }
}
