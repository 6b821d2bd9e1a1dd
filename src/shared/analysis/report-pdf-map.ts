// The report's map on a landscape A4 page of its own, drawn as vector with pdf-lib so it prints sharp: ties, shapes in
// kind colours, a key, and names at 7 pt or more. On a map too big for every name at that size, the most connected
// actors' names are shown (a name that would overlap another name or a shape is left out) and a caption says so.
import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Actor, Kind, KindId, MapDocument, TieStatus, TieStatusId, TieType, TieTypeId } from '../domain';
import type { PictureBounds, MapLook } from '../render/picture-types';
import { shapePath } from '../render/shape-path';
import { dashArray, lineStyleOf, STRENGTH_WIDTH } from '../render/tie-style';
import { frameWholeMap } from '../render/whole-map-frame';
import { stripLabel } from '../render/isolated-strip';
import { pdfColour, type ChartFonts } from './report-pdf-charts';
import { INK, MUTED, wrapText } from './report-pdf-writer';
import { placeNames, type Box } from './print-names';
import { toWinAnsi } from './win-ansi';

export const LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
/** The smallest name printed: readable on paper at arm's length. */
export const MIN_NAME_SIZE = 7;
const MAX_NAME_SIZE = 11;
const KEY_SIZE = 8;
const SHAPE_RADIUS = 24;

export interface PdfMapOptions {
  doc: MapDocument;
  look?: MapLook;
}

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
function keyRows(kinds: { kind: Kind; count: number }[], fonts: ChartFonts, width: number): { kind: Kind; text: string; x: number; row: number }[] {
  const out: { kind: Kind; text: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const { kind, count } of kinds) {
    const text = toWinAnsi(`${kind.name} (${count.toLocaleString('en-GB')})`);
    const w = 14 + fonts.regular.widthOfTextAtSize(text, KEY_SIZE) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ kind, text, x, row });
    x += w;
  }
  return out;
}

export function drawMapPage(pdf: PDFDocument, fonts: ChartFonts, options: PdfMapOptions, heading: PdfMapHeading): PdfMapResult {
  const { doc, look } = options;
  const page: PDFPage = pdf.addPage([LANDSCAPE.width, LANDSCAPE.height]);
  const width = LANDSCAPE.width - 2 * MARGIN;
  const kindsById = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const drawn = new Map<string, { actor: Actor; radius: number; dimmed: boolean; colour?: string }>();
  for (const actor of doc.actors) {
    const l = look?.actors?.get(actor.id);
    if (!l?.hidden) drawn.set(actor.id, { actor, radius: SHAPE_RADIUS * (l?.scale ?? 1), dimmed: l?.dimmed ?? false, ...(l?.colour ? { colour: l.colour } : {}) });
  }
  const framed = frameWholeMap(doc, drawn, look);
  const at = (id: string) => framed.actors.get(id)!;

  page.drawText(toWinAnsi(heading.title), { x: MARGIN, y: LANDSCAPE.height - MARGIN - 14, size: 16, font: fonts.bold, color: INK });
  if (heading.subtitle) page.drawText(toWinAnsi(heading.subtitle), { x: MARGIN, y: LANDSCAPE.height - MARGIN - 30, size: 9, font: fonts.regular, color: MUTED });
  const headingHeight = heading.subtitle ? 40 : 26;
  const counts = new Map<KindId, number>();
  for (const { actor } of drawn.values()) counts.set(actor.kindId, (counts.get(actor.kindId) ?? 0) + 1);
  const key = keyRows(doc.kinds.filter((k) => counts.has(k.id)).map((kind) => ({ kind, count: counts.get(kind.id)! })), fonts, width);
  const keyHeight = key.length ? (Math.max(...key.map((k) => k.row)) + 1) * 13 : 0;
  const captionY = MARGIN + keyHeight + 4;
  const area: Box = { x: MARGIN, y: captionY + 16, width, height: LANDSCAPE.height - MARGIN - headingHeight - (captionY + 16) };

  // Map units to points: the whole frame on the page, never enlarged past 1 pt a unit.
  const frame: PictureBounds = framed.area;
  const s = Math.min(area.width / frame.width, area.height / frame.height, 1);
  const offX = area.x + (area.width - frame.width * s) / 2;
  const top = area.y + area.height;
  // Points on the page (y up) and boxes in "down" coordinates measured from the top of the map area.
  const px = (x: number) => offX + (x - frame.x) * s;
  const dy = (y: number) => (y - frame.y) * s;

  const tieTypes = new Map<TieTypeId, TieType>(doc.tieTypes.map((t) => [t.id, t]));
  const statuses = new Map<TieStatusId, TieStatus>(doc.tieStatuses.map((t) => [t.id, t]));
  const degree = new Map<string, number>();
  for (const tie of doc.ties) {
    const from = drawn.get(tie.fromId);
    const to = drawn.get(tie.toId);
    if (!from || !to || look?.ties?.get(tie.id)?.hidden) continue;
    degree.set(tie.fromId, (degree.get(tie.fromId) ?? 0) + 1);
    degree.set(tie.toId, (degree.get(tie.toId) ?? 0) + 1);
    const a = at(tie.fromId);
    const b = at(tie.toId);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length <= from.radius + to.radius + 10) continue;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    const start = { x: a.x + ux * (from.radius + 5), y: a.y + uy * (from.radius + 5) };
    const end = { x: b.x - ux * (to.radius + 5), y: b.y - uy * (to.radius + 5) };
    const colour = pdfColour((tie.tieTypeId && tieTypes.get(tie.tieTypeId)?.colour) || '#5b6675');
    const thickness = Math.max(0.4, STRENGTH_WIDTH[tie.strength] * s);
    const opacity = look?.ties?.get(tie.id)?.dimmed || from.dimmed || to.dimmed ? 0.15 : 0.8;
    const dash = dashArray(lineStyleOf(tie.statusId, statuses), thickness);
    page.drawLine({ start: { x: px(start.x), y: top - dy(start.y) }, end: { x: px(end.x), y: top - dy(end.y) }, thickness, color: colour, opacity, ...(dash.length ? { dashArray: dash } : {}) });
    const head = (tip: { x: number; y: number }, dir: 1 | -1) => {
      const len = Math.max(3, (8 + STRENGTH_WIDTH[tie.strength] * 1.5) * s);
      const tx = px(tip.x) - offX;
      const ty = dy(tip.y);
      const [vx, vy] = [ux * dir, uy * dir];
      const half = len * 0.45;
      page.drawSvgPath(`M${tx},${ty}L${tx - vx * len - vy * half},${ty - vy * len + vx * half}L${tx - vx * len + vy * half},${ty - vy * len - vx * half}Z`, { x: offX, y: top, color: colour, opacity });
    };
    if (tie.direction !== 'none') head(end, 1);
    if (tie.direction === 'mutual') head(start, -1);
  }

  for (const [id, d] of drawn) {
    const a = at(id);
    const r = Math.max(2.5, d.radius * s);
    const kind = kindsById.get(d.actor.kindId);
    page.drawSvgPath(shapePath(kind?.shape ?? 'circle', px(a.x) - offX, dy(a.y), r), {
      x: offX,
      y: top,
      color: pdfColour(d.colour ?? kind?.colour ?? '#8a94a3'),
      borderColor: rgb(0.08, 0.09, 0.11),
      borderWidth: 0.4,
      opacity: d.dimmed ? 0.15 : 1,
      borderOpacity: d.dimmed ? 0.15 : 0.55,
    });
  }

  if (framed.strip) {
    page.drawText(toWinAnsi(stripLabel(framed.strip)), { x: px(framed.strip.x), y: top - dy(framed.strip.y) - 10, size: 9, font: fonts.bold, color: MUTED });
  }

  // Names at 7 pt or more, most connected first, where they fit (print-names.ts).
  const size = Math.min(MAX_NAME_SIZE, Math.max(MIN_NAME_SIZE, 12 * s));
  const leading = size * 1.15;
  const toPlace = [...drawn.entries()].map(([id, d]) => {
    const a = at(id);
    const lines = wrapText(toWinAnsi(d.actor.name), fonts.regular, size, Math.max(150 * s, 70));
    const width = Math.max(...lines.map((l) => fonts.regular.widthOfTextAtSize(l, size))) + 2;
    return { id, lines, dimmed: d.dimmed, cx: px(a.x), cy: dy(a.y), r: Math.max(2.5, d.radius * s), width, height: lines.length * leading + 1, priority: degree.get(id) ?? 0 };
  });
  const placed = placeNames(toPlace, { x: MARGIN, y: 0, width, height: area.height });
  for (const name of toPlace) {
    const box = placed.get(name.id);
    if (!box) continue;
    page.drawRectangle({ x: box.x, y: top - box.y - box.height, width: box.width, height: box.height, color: rgb(1, 1, 1), opacity: 0.75 });
    name.lines.forEach((line, i) => {
      const w = fonts.regular.widthOfTextAtSize(line, size);
      page.drawText(line, { x: box.x + (box.width - w) / 2, y: top - box.y - (i + 1) * leading + size * 0.22, size, font: fonts.regular, color: name.dimmed ? MUTED : INK });
    });
  }
  const shown = placed.size;

  if (shown < drawn.size) {
    const caption = `Names are shown for ${shown.toLocaleString('en-GB')} of the ${drawn.size.toLocaleString('en-GB')} actors, the most connected first, in type large enough to read in print (${size.toFixed(0)} pt); the other names would have overlapped.`;
    page.drawText(toWinAnsi(caption), { x: MARGIN, y: captionY, size: 8, font: fonts.regular, color: MUTED });
  }
  for (const k of key) {
    const y = MARGIN + keyHeight - (k.row + 1) * 13 + 3;
    page.drawSvgPath(shapePath(k.kind.shape, 0, 0, 4.5), { x: MARGIN + k.x + 5, y: y + 3, color: pdfColour(k.kind.colour), borderColor: rgb(0.08, 0.09, 0.11), borderWidth: 0.4, borderOpacity: 0.55 });
    page.drawText(k.text, { x: MARGIN + k.x + 14, y, size: KEY_SIZE, font: fonts.regular, color: INK });
  }
  return { actors: drawn.size, namesShown: shown, nameSize: size };
}
