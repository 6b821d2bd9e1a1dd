// The "Not connected to anyone" strip of a packed picture (see picture-pack.ts): where it is, and its heading.
import { escapeXml, FONT_FAMILY } from './svg-text';

export interface IsolatedStrip {
  x: number;
  y: number;
  width: number;
  count: number;
}

export const STRIP_LABEL_SIZE = 16;

export const stripLabel = (strip: IsolatedStrip) => `Not connected to anyone (${strip.count.toLocaleString('en-GB')})`;

/** The strip's heading and a rule above it, in map coordinates of the packed picture. */
export function isolatedStripSvg(strip: IsolatedStrip): string {
  return (
    `<g class="isolated-strip">` +
    `<line x1="${strip.x}" y1="${strip.y}" x2="${strip.x + strip.width}" y2="${strip.y}" stroke="#c9d0d8" stroke-width="1.5"/>` +
    `<text x="${strip.x}" y="${strip.y + 24}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${STRIP_LABEL_SIZE}" font-weight="600" fill="#4a5562">${escapeXml(stripLabel(strip))}</text>` +
    '</g>'
  );
}
