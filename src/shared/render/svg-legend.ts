// The legend drawn into an exported picture: the kinds shown (shape, colour, count) and the tie types shown. Text is
// measured (text-width.ts) and wrapped, and the box widens for a long word, so no name or count is ever cut short.
import type { Kind, TieType } from '../domain';
import { shapePath } from './shape-path';
import { escapeXml, FONT_FAMILY } from './svg-text';
import { textWidth, widestWord, wrapMeasured } from './text-width';

/** The widest a column grows before wrapping; it widens past this only for a single word that would not fit. */
export const LEGEND_WIDTH = 360;
const ROW = 24;
const LINE = 16;
const PAD = 16;
const HEADING = 26;
const SWATCH = 28;
const TEXT_SIZE = 13;
const MIN_WIDTH = 200;
const KINDS_HEADING = 'Kinds of actor';
const TIES_HEADING = 'Kinds of tie';
const HEADING_SIZE = 14;

export interface LegendEntries {
  kinds: { kind: Kind; count: number }[];
  tieTypes: { tieType: TieType; count: number }[];
}

interface Row {
  lines: string[];
  height: number;
  kind?: Kind;
  tieType?: TieType;
}

export interface LegendLayout {
  width: number;
  height: number;
  /** Two columns put the tie types beside the kinds, for a legend under a wide map or in a wide gap. */
  columns: 1 | 2;
  /** Each column's width; in one column both blocks share the first. */
  columnWidth: number;
  kindRows: Row[];
  tieRows: Row[];
}

/** "Name (count)": the count stays on the name's last line, since wrapping never splits a word. */
const entryText = (name: string, count: number) => `${name} (${count.toLocaleString('en-GB')})`;

/** Narrow when every entry is short; never narrower than its longest word, so nothing is cut. */
function columnWidthFor(texts: readonly string[], heading: string): number {
  const headingWidth = PAD * 2 + textWidth(heading, HEADING_SIZE, true);
  const longest = Math.max(0, ...texts.map((t) => PAD * 2 + SWATCH + textWidth(t, TEXT_SIZE)));
  const longestWord = Math.max(0, ...texts.map((t) => PAD * 2 + SWATCH + widestWord(t, TEXT_SIZE)));
  return Math.ceil(Math.max(MIN_WIDTH, headingWidth, longestWord, Math.min(LEGEND_WIDTH, longest)));
}

const sum = (rows: Row[]) => rows.reduce((total, r) => total + r.height, 0);

export function legendLayout(entries: LegendEntries, columns: 1 | 2 = 1): LegendLayout {
  const kindTexts = entries.kinds.map((e) => entryText(e.kind.name, e.count));
  const tieTexts = entries.tieTypes.map((e) => entryText(e.tieType.name, e.count));
  const twoColumns = columns === 2 && tieTexts.length > 0;
  const columnWidth = twoColumns
    ? Math.max(columnWidthFor(kindTexts, KINDS_HEADING), columnWidthFor(tieTexts, TIES_HEADING))
    : columnWidthFor([...kindTexts, ...tieTexts], KINDS_HEADING);
  const textRoom = columnWidth - PAD * 2 - SWATCH;
  const row = (text: string): Row => {
    const lines = wrapMeasured(text, textRoom, TEXT_SIZE);
    return { lines, height: Math.max(ROW, lines.length * LINE + 8) };
  };
  const kindRows = entries.kinds.map((e, i) => ({ ...row(kindTexts[i]!), kind: e.kind }));
  const tieRows = entries.tieTypes.map((e, i) => ({ ...row(tieTexts[i]!), tieType: e.tieType }));
  const kindBlock = HEADING + sum(kindRows);
  const tieBlock = tieRows.length ? HEADING + sum(tieRows) : 0;
  return twoColumns
    ? {
        width: 2 * columnWidth,
        height: PAD * 2 + Math.max(kindBlock, tieBlock),
        columns: 2,
        columnWidth,
        kindRows,
        tieRows,
      }
    : {
        width: columnWidth,
        height: PAD * 2 + kindBlock + (tieBlock ? tieBlock + 8 : 0),
        columns: 1,
        columnWidth,
        kindRows,
        tieRows,
      };
}

const label = (x: number, y: number, lines: string[], weight = 400) =>
  `<text x="${x}" y="${y}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${weight > 400 ? HEADING_SIZE : TEXT_SIZE}" font-weight="${weight}" fill="#1d232b">` +
  lines.map((line, i) => `<tspan x="${x}" y="${y + i * LINE}">${escapeXml(line)}</tspan>`).join('') +
  '</text>';

/** The first line's baseline in a row: centred on a one-line row, at the top of a taller one. */
const baseline = (top: number, row: Row) => top + (row.lines.length > 1 ? 4 + LINE - 3.5 : ROW / 2 + 4.5);
/** The swatch sits beside the first line. */
const swatchY = (top: number, row: Row) => (row.lines.length > 1 ? top + 4 + LINE / 2 : top + ROW / 2);

/** The legend's SVG with its top-left corner at (x, y). */
export function legendSvg(layout: LegendLayout, x: number, y: number): string {
  const parts = [
    `<g class="legend">`,
    `<rect x="${x}" y="${y}" width="${layout.width}" height="${layout.height}" rx="8" fill="#ffffff" stroke="#c9d0d8"/>`,
  ];
  let cy = y + PAD;
  parts.push(label(x + PAD, cy + 16, [KINDS_HEADING], 600));
  cy += HEADING;
  for (const row of layout.kindRows) {
    const kind = row.kind!;
    parts.push(
      `<path d="${shapePath(kind.shape, x + PAD + 9, swatchY(cy, row), 9)}" fill="${escapeXml(kind.colour)}" stroke="rgba(20,24,29,0.55)"/>`,
    );
    parts.push(label(x + PAD + SWATCH, baseline(cy, row), row.lines));
    cy += row.height;
  }
  if (layout.tieRows.length) {
    // Under the kinds, or at the top of the second column.
    const tx = layout.columns === 2 ? x + layout.columnWidth : x;
    cy = layout.columns === 2 ? y + PAD : cy + 8;
    parts.push(label(tx + PAD, cy + 16, [TIES_HEADING], 600));
    cy += HEADING;
    for (const row of layout.tieRows) {
      const ly = swatchY(cy, row);
      parts.push(
        `<line x1="${tx + PAD}" y1="${ly}" x2="${tx + PAD + 20}" y2="${ly}" stroke="${escapeXml(row.tieType!.colour)}" stroke-width="3"/>`,
      );
      parts.push(label(tx + PAD + SWATCH, baseline(cy, row), row.lines));
      cy += row.height;
    }
  }
  parts.push('</g>');
  return parts.join('');
}
