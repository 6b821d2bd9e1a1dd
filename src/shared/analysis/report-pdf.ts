// The report as a PDF with pdf-lib: the map on a landscape page of its own with the title, then each section's
// paragraphs and points wrapped to A4 pages, with the Analysis panel's charts after their sections; pure JS, so the
// app's renderer and the CLI both use it. Text is drawn in Noto fonts (embedded, only the glyphs used), so names in
// any script print as written.
import { PDFDocument } from 'pdf-lib';
import type { PdfFontFiles } from '../pdf-text/font-faces';
import { PdfFontSet } from '../pdf-text/pdf-font-set';
import { PdfTextFont } from '../pdf-text/pdf-text-font';
import type { ReportSection } from './report-section';
import type { ChartData } from './chart-data';
import { drawKindBars, drawMixingHeatmap } from './report-pdf-charts';
import { drawMapPage, type PdfMapOptions } from './report-pdf-map';
import { MARGIN, MUTED, PAGE, WIDTH, Writer } from './report-pdf-writer';

export interface ReportPdfOptions {
  title: string;
  /** A line under the title, e.g. the date. */
  subtitle?: string;
  /** The map as PNG bytes, drawn across the page under the title (when `map` is not given). */
  mapPng?: Uint8Array;
  /** The map drawn as vector on a landscape page of its own, names at 7 pt or more. */
  map?: PdfMapOptions;
  /** The panel's charts: actors by kind after "Its kinds", the mixing heatmap after "Which connections would most help". */
  charts?: ChartData;
  /** Where the Noto font files come from (the packages on disk, or the app's bundled copies). */
  fonts: PdfFontFiles;
}

/** Punctuation and signs the charts, the map page and the footer draw, beyond the texts themselves. */
const FIXED_TEXT =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—…•“”‘’';

/** Every text the PDF may draw, so the font set loads the faces (scripts) it needs, once, before drawing starts. */
function textsOf(
  sections: readonly ReportSection[],
  options: ReportPdfOptions,
  title: string,
): { text: string; bold: boolean }[] {
  const doc = options.map?.doc;
  const kindNames = [
    ...(doc?.kinds.map((k) => k.name) ?? []),
    ...(options.charts?.kinds.map((k) => k.name) ?? []),
    ...(options.charts?.mixing.kinds.map((k) => k.name) ?? []),
  ];
  const regular = [
    FIXED_TEXT,
    options.subtitle ?? '',
    ...kindNames,
    ...(doc?.actors.map((a) => a.name) ?? []),
    ...sections.flatMap((s) => [...s.paragraphs, ...s.items]),
  ];
  return [
    ...[FIXED_TEXT, title, ...sections.map((s) => s.heading)].map((text) => ({ text, bold: true })),
    ...regular.map((text) => ({ text, bold: false })),
  ];
}

export { wrapText } from './report-pdf-writer';

export async function reportToPdf(sections: readonly ReportSection[], options: ReportPdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Analysis & Overview: ${options.title}`;
  pdf.setTitle(title);
  pdf.setCreator('Caremap');
  pdf.setProducer('Caremap (pdf-lib)');
  const set = await PdfFontSet.forTexts(pdf, options.fonts, textsOf(sections, options, title));
  const regular = new PdfTextFont(set, false);
  const bold = new PdfTextFont(set, true);
  const fonts = { regular, bold };
  if (options.map)
    drawMapPage(pdf, fonts, options.map, { title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) });
  const w = new Writer(pdf);
  if (!options.map) {
    w.text(title, bold, 20, { gapAfter: 4 });
    if (options.subtitle) w.text(options.subtitle, regular, 11, { colour: MUTED, gapAfter: 8 });
  }
  if (!options.map && options.mapPng && options.mapPng.length > 0) {
    const image = await pdf.embedPng(options.mapPng);
    // Across the page, but never taller than a page.
    const scale = Math.min(WIDTH / image.width, (PAGE.height - 2 * MARGIN) / image.height);
    const height = image.height * scale;
    w.room(height + 8);
    w.y -= height + 8;
    w.page.drawImage(image, {
      x: MARGIN + (WIDTH - image.width * scale) / 2,
      y: w.y,
      width: image.width * scale,
      height,
    });
    w.y -= 6;
  }
  for (const section of sections) {
    w.room(60); // a heading is not left alone at the foot of a page
    w.text(section.heading, bold, 14, { gapAfter: 4 });
    for (const p of section.paragraphs) w.text(p, regular, 11, { gapAfter: 6 });
    for (const item of section.items) w.text(item, regular, 11, { indent: 14, bullet: '•', gapAfter: 2 });
    w.y -= 8;
    if (section.id === 'kinds' && options.charts) drawKindBars(w, options.charts.kinds, fonts);
    if (section.id === 'connections' && options.charts) drawMixingHeatmap(w, options.charts.mixing, fonts);
  }
  // An empty map's report has neither section: its charts (if any) go at the end.
  if (options.charts && !sections.some((s) => s.id === 'kinds')) drawKindBars(w, options.charts.kinds, fonts);
  if (options.charts && !sections.some((s) => s.id === 'connections'))
    drawMixingHeatmap(w, options.charts.mixing, fonts);
  const pages = pdf.getPages();
  pages.forEach((page, i) =>
    regular.draw(page, `Page ${i + 1} of ${pages.length}`, {
      x: page.getWidth() - MARGIN - 60,
      y: MARGIN / 2 - 8,
      size: 9,
      color: MUTED,
    }),
  );
  // No object streams: a plainer file that older readers and simple checks can read.
  return pdf.save({ useObjectStreams: false });
}
