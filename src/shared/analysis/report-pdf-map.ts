// The report's map on a landscape A4 page of its own, drawn as vector with pdf-lib so it prints sharp: the print
// layout of print-map.ts (ties, shapes in kind colours, names at 7 pt or more), the report's title, a caption when
// some names are left out, and a key of the kinds.
import { rgb, type PDFDocument } from 'pdf-lib';
import type { Kind } from '../domain';
import { shapePath } from '../render/shape-path';
import { printMap, printMapCaption, type PrintMapInput } from './print-map';
import { pdfColour, type ChartFonts } from './report-pdf-charts';
import { INK, MUTED, wrapText, type MeasuresText } from './report-pdf-writer';

export { MIN_NAME_SIZE } from './print-map';
export type PdfMapOptions = PrintMapInput;

export const LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const KEY_SIZE = 8;
const BORDER = rgb(0.08, 0.09, 0.11);

/** The page's heading (the report's title) and a line under it. */
export interface PdfMapHeading {
  title: string;
  subtitle?: string;
}

export interface PdfMapResult {
  actors: number;
  namesShown: number;
  nameSize: number;
}

/** The key under the map: each kind drawn with its shape, colour and count, flowing across the page. */
function keyRows(
  kinds: { kind: Kind; count: number }[],
  font: MeasuresText,
  width: number,
): { kind: Kind; text: string; x: number; row: number }[] {
  const out: { kind: Kind; text: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const { kind, count } of kinds) {
    const text = `${kind.name} (${count.toLocaleString('en-GB')})`;
    const w = 14 + font.widthOfTextAtSize(text, KEY_SIZE) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ kind, text, x, row });
    x += w;
  }
  return out;
}

export function drawMapPage(
  pdf: PDFDocument,
  fonts: ChartFonts,
  options: PdfMapOptions,
  heading: PdfMapHeading,
): PdfMapResult {
  const page = pdf.addPage([LANDSCAPE.width, LANDSCAPE.height]);
  const width = LANDSCAPE.width - 2 * MARGIN;
  fonts.bold.draw(page, heading.title, { x: MARGIN, y: LANDSCAPE.height - MARGIN - 14, size: 16, color: INK });
  if (heading.subtitle)
    fonts.regular.draw(page, heading.subtitle, { x: MARGIN, y: LANDSCAPE.height - MARGIN - 30, size: 9, color: MUTED });
  const headingHeight = heading.subtitle ? 40 : 26;
  // The key (the kinds drawn, with their counts) sits under the map; its height sets the map's space.
  const counts = new Map<string, number>();
  for (const a of options.doc.actors)
    if (!options.look?.actors?.get(a.id)?.hidden) counts.set(a.kindId, (counts.get(a.kindId) ?? 0) + 1);
  const key = keyRows(
    options.doc.kinds.filter((k) => counts.has(k.id)).map((kind) => ({ kind, count: counts.get(kind.id)! })),
    fonts.regular,
    width,
  );
  const keyHeight = key.length ? (Math.max(...key.map((k) => k.row)) + 1) * 13 : 0;
  const captionY = MARGIN + keyHeight + 4;
  const areaBottom = captionY + 16;
  const top = LANDSCAPE.height - MARGIN - headingHeight;

  const measure = (text: string, size: number) => fonts.regular.widthOfTextAtSize(text, size);
  const wrap = (text: string, size: number, w: number) => wrapText(text, fonts.regular, size, w);
  const map = printMap(options, { width, height: top - areaBottom }, measure, wrap);
  // From the map's space (y down from its top-left) to the page (y up).
  const X = (x: number) => MARGIN + x;
  const Y = (y: number) => top - y;

  for (const t of map.ties) {
    const colour = pdfColour(t.colour);
    page.drawLine({
      start: { x: X(t.x1), y: Y(t.y1) },
      end: { x: X(t.x2), y: Y(t.y2) },
      thickness: t.thickness,
      color: colour,
      opacity: t.opacity,
      ...(t.dash.length ? { dashArray: t.dash } : {}),
    });
    for (const head of t.heads) page.drawSvgPath(head, { x: MARGIN, y: top, color: colour, opacity: t.opacity });
  }
  for (const sh of map.shapes) {
    page.drawSvgPath(sh.d, {
      x: MARGIN,
      y: top,
      color: pdfColour(sh.fill),
      borderColor: BORDER,
      borderWidth: 0.4,
      opacity: sh.dimmed ? 0.15 : 1,
      borderOpacity: sh.dimmed ? 0.15 : 0.55,
    });
  }
  if (map.strip)
    fonts.bold.draw(page, map.strip.label, { x: X(map.strip.x), y: Y(map.strip.y) - 10, size: 9, color: MUTED });
  for (const { box, lines, dimmed } of map.names) {
    page.drawRectangle({
      x: X(box.x),
      y: Y(box.y + box.height),
      width: box.width,
      height: box.height,
      color: rgb(1, 1, 1),
      opacity: 0.75,
    });
    lines.forEach((line, i) => {
      const w = measure(line, map.nameSize);
      fonts.regular.draw(page, line, {
        x: X(box.x + (box.width - w) / 2),
        y: Y(box.y + (i + 1) * map.leading) + map.nameSize * 0.22,
        size: map.nameSize,
        color: dimmed ? MUTED : INK,
      });
    });
  }

  const caption = printMapCaption(map);
  if (caption) fonts.regular.draw(page, caption, { x: MARGIN, y: captionY, size: 8, color: MUTED });
  for (const k of key) {
    const y = MARGIN + keyHeight - (k.row + 1) * 13 + 3;
    page.drawSvgPath(shapePath(k.kind.shape, 0, 0, 4.5), {
      x: MARGIN + k.x + 5,
      y: y + 3,
      color: pdfColour(k.kind.colour),
      borderColor: BORDER,
      borderWidth: 0.4,
      borderOpacity: 0.55,
    });
    fonts.regular.draw(page, k.text, { x: MARGIN + k.x + 14, y, size: KEY_SIZE, color: INK });
  }
  return { actors: map.actors, namesShown: map.names.length, nameSize: map.nameSize };
}
