// Writing a report's PDF page by page with pdf-lib: A4 pages, text wrapped to the page, a new page when the next block
// does not fit. Used by the report (report-pdf.ts) and its charts (report-pdf-charts.ts).
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { toWinAnsi } from './win-ansi';

export const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
export const MARGIN = 56;
export const WIDTH = PAGE.width - 2 * MARGIN;
export const INK = rgb(0.13, 0.13, 0.13);
export const MUTED = rgb(0.4, 0.4, 0.4);

/** Words to lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
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
  text(text: string, font: PDFFont, size: number, options: { indent?: number; bullet?: string; gapAfter?: number; colour?: ReturnType<typeof rgb> } = {}): void {
    const indent = options.indent ?? 0;
    const leading = size * 1.4;
    const lines = wrapText(toWinAnsi(text), font, size, WIDTH - indent);
    lines.forEach((line, i) => {
      this.room(leading);
      this.y -= leading;
      if (i === 0 && options.bullet) this.page.drawText(options.bullet, { x: MARGIN + indent - 12, y: this.y + size * 0.3, size, font, color: INK });
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.3, size, font, color: options.colour ?? INK });
    });
    this.y -= options.gapAfter ?? 0;
  }
}

