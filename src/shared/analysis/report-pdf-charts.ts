// The Analysis panel's charts drawn into the PDF report with pdf-lib (vector, so they print sharp): actors by kind as
// bars and the kind-mixing heatmap, from the same data and colours as the panel (chart-data.ts).
import { rgb, type RGB } from 'pdf-lib';
import type { PdfFonts } from '../pdf-text/pdf-text-font';
import { MIXING_CAPTION, mixingCellRgb, percent, type KindCount, type MixingMatrix } from './chart-data';
import { INK, MARGIN, MUTED, WIDTH, wrapText, type Writer } from './report-pdf-writer';

/** The report's fonts (Noto, every script). */
export type ChartFonts = PdfFonts;

const TEXT = 9;
const LEADING = 11;

/** "#0072b2" or "rgb(1, 2, 3)" to a pdf-lib colour; grey when unreadable. */
export function pdfColour(css: string): RGB {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(css.trim());
  if (short) return rgb(parseInt(short[1]!, 16) / 15, parseInt(short[2]!, 16) / 15, parseInt(short[3]!, 16) / 15);
  return rgb(0.54, 0.58, 0.64);
}

function heading(w: Writer, fonts: ChartFonts, text: string, needed: number): void {
  w.room(needed + 24);
  w.text(text, fonts.bold, 11, { gapAfter: 4 });
}

export function drawKindBars(w: Writer, kinds: readonly KindCount[], fonts: ChartFonts): void {
  if (!kinds.length) return;
  const labelWidth = 190;
  const barRoom = 210;
  const most = Math.max(1, ...kinds.map((k) => k.count));
  const rows = kinds.map((k) => ({ k, lines: wrapText(k.name, fonts.regular, TEXT, labelWidth) }));
  const heightOf = (lines: string[]) => Math.max(16, lines.length * LEADING + 4);
  heading(w, fonts, 'Actors by kind', heightOf(rows[0]!.lines));
  for (const { k, lines } of rows) {
    const h = heightOf(lines);
    w.room(h);
    const top = w.y;
    lines.forEach((line, i) =>
      fonts.regular.draw(w.page, line, { x: MARGIN, y: top - 10 - i * LEADING, size: TEXT, color: INK }),
    );
    const bar = Math.max(1.5, (barRoom * k.count) / most);
    w.page.drawRectangle({
      x: MARGIN + labelWidth + 8,
      y: top - 12,
      width: bar,
      height: 10,
      color: pdfColour(k.colour),
    });
    const figure = `${k.count.toLocaleString('en-GB')} (${percent(k.share)})`;
    fonts.regular.draw(w.page, figure, { x: MARGIN + labelWidth + 8 + bar + 5, y: top - 10, size: TEXT, color: INK });
    w.y -= h;
  }
  w.y -= 10;
}

export function drawMixingHeatmap(w: Writer, mixing: MixingMatrix, fonts: ChartFonts): void {
  const { kinds, observed, expected } = mixing;
  if (kinds.length < 2) return;
  const labelWidth = 170;
  const cellWidth = Math.min(44, (WIDTH - labelWidth - 8) / kinds.length);
  const names = kinds.map((k, i) => wrapText(`${i + 1}. ${k.name}`, fonts.regular, TEXT, labelWidth - 14));
  const heights = names.map((n) => Math.max(24, n.length * LEADING + 6));
  heading(w, fonts, 'Who is tied to whom', 16 + heights.reduce((a, b) => a + b, 0));
  const left = MARGIN + labelWidth + 8;
  // Column numbers with the kinds' colours.
  kinds.forEach((k, j) => {
    const x = left + j * cellWidth + cellWidth / 2;
    w.page.drawRectangle({ x: x - 9, y: w.y - 10, width: 6, height: 6, color: pdfColour(k.colour) });
    fonts.regular.draw(w.page, String(j + 1), { x: x - 1, y: w.y - 10, size: TEXT, color: INK });
  });
  w.y -= 16;
  kinds.forEach((row, i) => {
    const h = heights[i]!;
    w.room(h);
    const top = w.y;
    w.page.drawRectangle({ x: MARGIN, y: top - h / 2 - 3, width: 6, height: 6, color: pdfColour(row.colour) });
    names[i]!.forEach((line, n) =>
      fonts.regular.draw(w.page, line, {
        x: MARGIN + 12,
        y: top - h / 2 - 3 + ((names[i]!.length - 1) * LEADING) / 2 - n * LEADING,
        size: TEXT,
        color: INK,
      }),
    );
    kinds.forEach((_, j) => {
      const o = observed[i]?.[j] ?? 0;
      const e = expected[i]?.[j] ?? 0;
      const [r, g, b] = mixingCellRgb(o, e);
      const x = left + j * cellWidth;
      w.page.drawRectangle({
        x,
        y: top - h,
        width: cellWidth,
        height: h,
        color: rgb(r / 255, g / 255, b / 255),
        borderColor: rgb(1, 1, 1),
        borderWidth: 0.75,
      });
      const seen = String(o);
      fonts.bold.draw(w.page, seen, {
        x: x + (cellWidth - fonts.bold.widthOfTextAtSize(seen, 9.5)) / 2,
        y: top - h / 2,
        size: 9.5,
        color: INK,
      });
      const exp = e.toFixed(1);
      fonts.regular.draw(w.page, exp, {
        x: x + (cellWidth - fonts.regular.widthOfTextAtSize(exp, 7)) / 2,
        y: top - h / 2 - 9,
        size: 7,
        color: MUTED,
      });
    });
    w.y -= h;
  });
  w.y -= 4;
  w.text(MIXING_CAPTION, fonts.regular, 8, { colour: MUTED, gapAfter: 10 });
}
