// The report as a PDF with pdf-lib: an A4 page or more with the title, the map picture across the page, and each
// section's paragraphs and points wrapped to the page; pure JS, so the app's renderer and the CLI both use it.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ReportSection } from './report';
import { toWinAnsi } from './win-ansi';

export interface ReportPdfOptions {
  title: string;
  /** A line under the title, e.g. the date. */
  subtitle?: string;
  /** The map as PNG bytes, drawn across the page under the title. */
  mapPng?: Uint8Array;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.4, 0.4, 0.4);

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
class Writer {
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

export async function reportToPdf(sections: readonly ReportSection[], options: ReportPdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Analysis & Overview: ${options.title}`;
  pdf.setTitle(toWinAnsi(title));
  pdf.setCreator('Caremap');
  pdf.setProducer('Caremap (pdf-lib)');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(pdf);
  w.text(title, bold, 20, { gapAfter: 4 });
  if (options.subtitle) w.text(options.subtitle, regular, 11, { colour: MUTED, gapAfter: 8 });
  if (options.mapPng && options.mapPng.length > 0) {
    const image = await pdf.embedPng(options.mapPng);
    // Across the page, but never taller than a page.
    const scale = Math.min(WIDTH / image.width, (PAGE.height - 2 * MARGIN) / image.height);
    const height = image.height * scale;
    w.room(height + 8);
    w.y -= height + 8;
    w.page.drawImage(image, { x: MARGIN + (WIDTH - image.width * scale) / 2, y: w.y, width: image.width * scale, height });
    w.y -= 6;
  }
  for (const section of sections) {
    w.room(60); // a heading is not left alone at the foot of a page
    w.text(section.heading, bold, 14, { gapAfter: 4 });
    for (const p of section.paragraphs) w.text(p, regular, 11, { gapAfter: 6 });
    for (const item of section.items) w.text(item, regular, 11, { indent: 14, bullet: '•', gapAfter: 2 });
    w.y -= 8;
  }
  const pages = pdf.getPages();
  pages.forEach((page, i) =>
    page.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.width - MARGIN - 60, y: MARGIN / 2, size: 9, font: regular, color: MUTED }),
  );
  // No object streams: a plainer file that older readers and simple checks can read.
  return pdf.save({ useObjectStreams: false });
}
