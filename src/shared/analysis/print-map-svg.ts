// The report's print layout of the map (print-map.ts) as SVG, for the web page's printed copy: 1 unit is 1 pt, so at
// the page's width (A4 landscape) names print at 7 pt or more, as in the PDF.
import { escapeXml, FONT_FAMILY } from '../render/svg-text';
import { textWidth, wrapMeasured } from '../render/text-width';
import { shapePath } from '../render/shape-path';
import { printMap, printMapCaption, type PrintMapInput } from './print-map';

/** A4 landscape less 12 mm margins is 774 pt wide; the map is drawn a little narrower so it never shrinks in print. */
export const PRINT_MAP_SPACE = { width: 770, height: 390 };

const f = (v: number) => Math.round(v * 100) / 100;

export function printMapHtml(input: PrintMapInput): string {
  const map = printMap(
    input,
    PRINT_MAP_SPACE,
    (t, size) => textWidth(t, size),
    (t, size, w) => wrapMeasured(t, w, size),
  );
  const font = `font-family="${escapeXml(FONT_FAMILY)}"`;
  const parts: string[] = [];
  for (const t of map.ties) {
    const dash = t.dash.length ? ` stroke-dasharray="${t.dash.map(f).join(' ')}"` : '';
    parts.push(
      `<line x1="${f(t.x1)}" y1="${f(t.y1)}" x2="${f(t.x2)}" y2="${f(t.y2)}" stroke="${escapeXml(t.colour)}" stroke-opacity="${t.opacity}" stroke-width="${f(t.thickness)}"${dash}/>`,
    );
    for (const head of t.heads)
      parts.push(`<path d="${head}" fill="${escapeXml(t.colour)}" fill-opacity="${t.opacity}"/>`);
  }
  for (const sh of map.shapes)
    parts.push(
      `<path d="${sh.d}" fill="${escapeXml(sh.fill)}" stroke="rgba(20,24,29,0.55)" stroke-width="0.4"${sh.dimmed ? ' opacity="0.15"' : ''}/>`,
    );
  if (map.strip)
    parts.push(
      `<text x="${f(map.strip.x)}" y="${f(map.strip.y + 10)}" ${font} font-size="9" font-weight="600" fill="#4a5562">${escapeXml(map.strip.label)}</text>`,
    );
  for (const { box, lines, dimmed } of map.names) {
    parts.push(
      `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" fill="#ffffff" fill-opacity="0.75"/>`,
    );
    const cx = box.x + box.width / 2;
    const tspans = lines
      .map(
        (line, i) =>
          `<tspan x="${f(cx)}" y="${f(box.y + (i + 1) * map.leading - map.nameSize * 0.22)}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    parts.push(
      `<text class="print-name" text-anchor="middle" ${font} font-size="${f(map.nameSize)}" fill="${dimmed ? '#6b7580' : '#1d232b'}">${tspans}</text>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="print-map" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}pt" height="${map.height}pt" role="img" aria-label="The map">${parts.join('')}</svg>`;
  const caption = printMapCaption(map);
  const key = map.key
    .map(
      ({ kind, count }) =>
        `<span class="print-key"><svg width="10" height="10" viewBox="-5 -5 10 10" aria-hidden="true"><path d="${shapePath(kind.shape, 0, 0, 4.5)}" fill="${escapeXml(kind.colour)}"/></svg> ${escapeXml(kind.name)} (${count.toLocaleString('en-GB')})</span>`,
    )
    .join(' ');
  return `${svg}${caption ? `<p class="map-note">${escapeXml(caption)}</p>` : ''}<p class="map-key">${key}</p>`;
}
