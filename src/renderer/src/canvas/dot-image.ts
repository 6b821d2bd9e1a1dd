// A kind's shape as an SVG data URL, painted as the background of a zoomed-out dot: no child elements,
// no clip-path and no positioning, so a dot adds nothing to the browser's layer tree.
import type { KindShape } from '../../../shared/domain';

const SHAPES: Record<KindShape, string> = {
  circle: "<circle cx='12' cy='12' r='11'/>",
  rounded: "<rect x='1.5' y='1.5' width='21' height='21' rx='6'/>",
  square: "<rect x='2' y='2' width='20' height='20' rx='1'/>",
  diamond: "<polygon points='12,0.5 23.5,12 12,23.5 0.5,12'/>",
  hexagon: "<polygon points='6.5,1.5 17.5,1.5 23.5,12 17.5,22.5 6.5,22.5 0.5,12'/>",
  triangle: "<polygon points='12,1 23.5,22 0.5,22'/>",
};

const cache = new Map<string, string>();

export function dotImage(shape: KindShape, colour: string): string {
  const key = `${shape}${colour}`;
  let url = cache.get(key);
  if (!url) {
    const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><g fill='${colour}' stroke='rgba(20,24,29,0.5)' stroke-width='1'>${SHAPES[shape]}</g></svg>`;
    url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    cache.set(key, url);
  }
  return url;
}
