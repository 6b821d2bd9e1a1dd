// The legend drawn into an exported picture: the kinds shown (shape, colour, count) and the tie types shown.
import type { Kind, TieType } from '../domain';
import { shapePath } from './shape-path';
import { escapeXml, FONT_FAMILY, wrapText } from './svg-text';

export const LEGEND_WIDTH = 360;
const ROW = 24;
const PAD = 16;
const HEADING = 26;

export interface LegendEntries {
  kinds: { kind: Kind; count: number }[];
  tieTypes: { tieType: TieType; count: number }[];
}

export function legendHeight(entries: LegendEntries): number {
  const tieBlock = entries.tieTypes.length ? HEADING + entries.tieTypes.length * ROW + 8 : 0;
  return PAD * 2 + HEADING + entries.kinds.length * ROW + tieBlock;
}

const label = (x: number, y: number, text: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${weight > 400 ? 14 : 13}" font-weight="${weight}" fill="#1d232b">${escapeXml(text)}</text>`;

/** The legend's SVG with its top-left corner at (x, y). */
export function legendSvg(entries: LegendEntries, x: number, y: number): string {
  const parts = [
    `<g class="legend">`,
    `<rect x="${x}" y="${y}" width="${LEGEND_WIDTH}" height="${legendHeight(entries)}" rx="8" fill="#ffffff" stroke="#c9d0d8"/>`,
  ];
  let cy = y + PAD;
  parts.push(label(x + PAD, cy + 16, 'Kinds of actor', 600));
  cy += HEADING;
  for (const { kind, count } of entries.kinds) {
    parts.push(`<path d="${shapePath(kind.shape, x + PAD + 9, cy + ROW / 2, 9)}" fill="${escapeXml(kind.colour)}" stroke="rgba(20,24,29,0.55)"/>`);
    const text = wrapText(`${kind.name} (${count})`, LEGEND_WIDTH - PAD * 2 - 28, 13, 1)[0] ?? '';
    parts.push(label(x + PAD + 28, cy + ROW / 2 + 4.5, text));
    cy += ROW;
  }
  if (entries.tieTypes.length) {
    cy += 8;
    parts.push(label(x + PAD, cy + 16, 'Kinds of tie', 600));
    cy += HEADING;
    for (const { tieType, count } of entries.tieTypes) {
      parts.push(`<line x1="${x + PAD}" y1="${cy + ROW / 2}" x2="${x + PAD + 20}" y2="${cy + ROW / 2}" stroke="${escapeXml(tieType.colour)}" stroke-width="3"/>`);
      const text = wrapText(`${tieType.name} (${count})`, LEGEND_WIDTH - PAD * 2 - 28, 13, 1)[0] ?? '';
      parts.push(label(x + PAD + 28, cy + ROW / 2 + 4.5, text));
      cy += ROW;
    }
  }
  parts.push('</g>');
  return parts.join('');
}
