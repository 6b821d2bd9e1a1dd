// The Analysis panel's charts as SVG for the report (the web page inline, the Markdown as files beside it): actors by
// kind as bars, and the kind-mixing heatmap. Same data and colours as the panel (chart-data.ts); text measured.
import { escapeXml, FONT_FAMILY } from '../render/svg-text';
import { textWidth, wrapMeasured } from '../render/text-width';
import { mixingCellColour, percent, type KindCount, type MixingMatrix } from './chart-data';

const INK = '#1d232b';
const MUTED = '#4a5562';
const SIZE = 13;
const LINE = 16;
const font = `font-family="${escapeXml(FONT_FAMILY)}"`;

const lines = (x: number, y: number, text: string[], attrs = '') =>
  `<text x="${x}" y="${y}" ${font} font-size="${SIZE}" fill="${INK}"${attrs}>${text.map((t, i) => `<tspan x="${x}" y="${y + i * LINE}">${escapeXml(t)}</tspan>`).join('')}</text>`;

/** Bars in the kinds' colours, each with its count and share written beside it. */
export function kindBarsSvg(kinds: readonly KindCount[]): string {
  const labelWidth = 250;
  const barWidth = 260;
  const most = Math.max(1, ...kinds.map((k) => k.count));
  const figures = kinds.map((k) => `${k.count.toLocaleString('en-GB')} (${percent(k.share)})`);
  const width = Math.ceil(labelWidth + 12 + barWidth + 10 + Math.max(60, ...figures.map((f) => textWidth(f, SIZE))));
  const rows: string[] = [];
  let y = 4;
  kinds.forEach((k, i) => {
    const name = wrapMeasured(k.name, labelWidth, SIZE);
    const height = Math.max(26, name.length * LINE + 10);
    const bar = Math.max(2, (barWidth * k.count) / most);
    rows.push(
      `<g class="chart-bar"><title>${escapeXml(`${k.name}: ${figures[i]}`)}</title>` +
        lines(0, y + 17, name) +
        `<rect x="${labelWidth + 12}" y="${y + 4}" width="${bar.toFixed(1)}" height="18" rx="3" fill="${escapeXml(k.colour)}"/>` +
        lines(labelWidth + 12 + bar + 8, y + 17, [figures[i]!]) +
        '</g>',
    );
    y += height;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-kinds" role="img" aria-label="Actors by kind" width="${width}" height="${y + 4}" viewBox="0 0 ${width} ${y + 4}"><title>Actors by kind</title>${rows.join('')}</svg>`;
}

/** The mixing matrix: rows named and numbered, columns numbered; each cell the ties seen and, small, those expected. */
export function mixingHeatmapSvg(mixing: MixingMatrix): string {
  const { kinds, observed, expected } = mixing;
  const labelWidth = 250;
  const cell = { width: 56, height: 40 };
  const names = kinds.map((k, i) => wrapMeasured(`${i + 1}. ${k.name}`, labelWidth - 18, SIZE));
  const rowHeights = names.map((n) => Math.max(cell.height, n.length * LINE + 8));
  const top = 28;
  const left = labelWidth + 8;
  const width = left + kinds.length * cell.width + 2;
  const parts: string[] = [];
  kinds.forEach((k, j) => {
    const x = left + j * cell.width;
    parts.push(`<rect x="${x + cell.width / 2 - 14}" y="8" width="10" height="10" fill="${escapeXml(k.colour)}"/>`);
    parts.push(lines(x + cell.width / 2, 18, [String(j + 1)], ' text-anchor="start"'));
  });
  let y = top;
  kinds.forEach((row, i) => {
    const h = rowHeights[i]!;
    parts.push(`<rect x="0" y="${y + h / 2 - 5}" width="10" height="10" fill="${escapeXml(row.colour)}"/>`);
    parts.push(lines(16, y + h / 2 + 4.5 - ((names[i]!.length - 1) * LINE) / 2, names[i]!));
    kinds.forEach((_, j) => {
      const o = observed[i]?.[j] ?? 0;
      const e = expected[i]?.[j] ?? 0;
      const x = left + j * cell.width;
      parts.push(
        `<g class="chart-cell"><rect x="${x}" y="${y}" width="${cell.width}" height="${h}" fill="${mixingCellColour(o, e)}" stroke="#ffffff"/>` +
          `<text x="${x + cell.width / 2}" y="${y + h / 2 + 1}" ${font} font-size="14" font-weight="600" fill="${INK}" text-anchor="middle">${o}</text>` +
          `<text x="${x + cell.width / 2}" y="${y + h / 2 + 14}" ${font} font-size="10" fill="${MUTED}" text-anchor="middle">${e.toFixed(1)}</text></g>`,
      );
    });
    y += h;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-mixing" role="img" aria-label="Who is tied to whom: ties between kinds" width="${width}" height="${y + 4}" viewBox="0 0 ${width} ${y + 4}"><title>Who is tied to whom</title>${parts.join('')}</svg>`;
}
