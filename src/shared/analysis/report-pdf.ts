// The report as a PDF with pdf-lib: an A4 page or more with the title, the map picture across the page, and each
// section's paragraphs and points wrapped to the page; pure JS, so the app's renderer and the CLI both use it.
// Text is drawn in Noto fonts (embedded, only the glyphs used), so names in any script print as written.
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { PdfFontFiles } from '../pdf-text/font-faces';
import { isRtlParagraph, visualRuns } from '../pdf-text/bidi-line';
import { PdfFontSet } from '../pdf-text/pdf-font-set';
import type { ReportSection } from './report';

export interface ReportPdfOptions {
  title: string;
  /** A line under the title, e.g. the date. */
  subtitle?: string;
  /** The map as PNG bytes, drawn across the page under the title. */
  mapPng?: Uint8Array;
  /** Where the Noto font files come from (the packages on disk, or the app's bundled copies). */
  fonts: PdfFontFiles;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.4, 0.4, 0.4);

/** Words to lines no wider than `width` by `measure`; a word longer than a line is cut. */
export function wrapText(text: string, measure: (text: string) => number, width: number): string[] {
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
        const chars = [...line]; // by character, so a name in a script beyond the BMP is never cut in half
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
class Writer {
  page: PDFPage;
  y = PAGE.height - MARGIN;
  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: PdfFontSet,
  ) {
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
  }
  room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }
  text(text: string, bold: boolean, size: number, options: { indent?: number; bullet?: string; gapAfter?: number; colour?: ReturnType<typeof rgb> } = {}): void {
    const indent = options.indent ?? 0;
    const leading = size * 1.4;
    // A paragraph mostly in Arabic or Hebrew reads from the right: its lines align right and its bullet sits there.
    const rtl = isRtlParagraph(text);
    const lines = wrapText(text, (t) => this.fonts.widthOf(t, size, bold), WIDTH - indent);
    lines.forEach((line, i) => {
      this.room(leading);
      this.y -= leading;
      const y = this.y + size * 0.3;
      const color = options.colour ?? INK;
      const runs = visualRuns(line, this.fonts, bold, rtl);
      const width = runs.reduce((sum, r) => sum + r.face.font.widthOfTextAtSize(r.text, size), 0);
      let x = rtl ? PAGE.width - MARGIN - indent - width : MARGIN + indent;
      if (i === 0 && options.bullet) {
        const bullet = this.fonts.fallback.font;
        this.page.drawText(options.bullet, { x: rtl ? PAGE.width - MARGIN - indent + 6 : MARGIN + indent - 12, y, size, font: bullet, color: INK });
      }
      for (const run of runs) {
        this.page.drawText(run.text, { x, y, size, font: run.face.font, color });
        x += run.face.font.widthOfTextAtSize(run.text, size);
      }
    });
    this.y -= options.gapAfter ?? 0;
  }
}

export async function reportToPdf(sections: readonly ReportSection[], options: ReportPdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Analysis & Overview: ${options.title}`;
  pdf.setTitle(title);
  pdf.setCreator('Caremap');
  pdf.setProducer('Caremap (pdf-lib)');
  // Every text the PDF draws, so the font set loads only the faces (scripts) it needs, once.
  const texts = [
    { text: title, bold: true },
    { text: `${options.subtitle ?? ''} Page 0123456789 of •`, bold: false },
    ...sections.flatMap((s) => [{ text: s.heading, bold: true }, ...[...s.paragraphs, ...s.items].map((text) => ({ text, bold: false }))]),
  ];
  const fonts = await PdfFontSet.forTexts(pdf, options.fonts, texts);
  const w = new Writer(pdf, fonts);
  w.text(title, true, 20, { gapAfter: 4 });
  if (options.subtitle) w.text(options.subtitle, false, 11, { colour: MUTED, gapAfter: 8 });
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
    w.text(section.heading, true, 14, { gapAfter: 4 });
    for (const p of section.paragraphs) w.text(p, false, 11, { gapAfter: 6 });
    for (const item of section.items) w.text(item, false, 11, { indent: 14, bullet: '•', gapAfter: 2 });
    w.y -= 8;
  }
  const pages = pdf.getPages();
  pages.forEach((page, i) =>
    page.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.width - MARGIN - 60, y: MARGIN / 2, size: 9, font: fonts.fallback.font, color: MUTED }),
  );
  // No object streams: a plainer file that older readers and simple checks can read.
  return pdf.save({ useObjectStreams: false });
}
