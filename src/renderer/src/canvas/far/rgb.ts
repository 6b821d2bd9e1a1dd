// CSS colours as 0–255 channels for the pixel writers; what the map stores is #rgb or #rrggbb, anything else the
// browser's canvas turns into #rrggbb for us.
import type { Rgb } from './tie-raster';

const cache = new Map<string, Rgb>();
const GREY: Rgb = { r: 91, g: 102, b: 117 };

function hex(colour: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

/** Any other CSS colour, through a canvas (browser only); grey where there is none (Node) or it is no colour. */
function viaCanvas(colour: string): Rgb | null {
  if (typeof document === 'undefined') return null;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = colour;
  return hex(ctx.fillStyle);
}

export function rgbOf(colour: string): Rgb {
  let rgb = cache.get(colour);
  if (!rgb) {
    rgb = hex(colour) ?? viaCanvas(colour) ?? GREY;
    cache.set(colour, rgb);
  }
  return rgb;
}
