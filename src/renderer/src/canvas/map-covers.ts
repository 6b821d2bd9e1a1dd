// What covers the map, measured from the page: React Flow's panels over the canvas (legend, zoom buttons, overview,
// banners), the toolbar's row of buttons, and anything else marked data-covers-map. Rectangles are relative to the
// canvas, so free-area.ts can find where actors can be seen.
import type { Rect } from './free-area';

/**
 * The toolbar counts by its row of buttons only: its filter and colour pop-ups are passing, and a fit that made room
 * for them would shrink the map each time one opened. The row counts across the whole width of the map: it grows
 * when an actor is selected (Focus), and selecting must not leave that actor under it, nor move the map.
 */
const TOOLBAR = '.map-toolbar__row';
const COVERS = `.react-flow__panel:not(.map-toolbar), ${TOOLBAR}, [data-covers-map]`;

export function canvasRect(canvas: HTMLElement): Rect {
  const r = canvas.getBoundingClientRect();
  return { x: 0, y: 0, width: r.width, height: r.height };
}

/** The covers' rectangles inside `canvas` (canvas pixels); hidden and empty ones are left out. */
export function measureCovers(canvas: HTMLElement): Rect[] {
  const origin = canvas.getBoundingClientRect();
  const covers: Rect[] = [];
  for (const element of canvas.querySelectorAll<HTMLElement>(COVERS)) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (element.matches(TOOLBAR)) covers.push({ x: 0, y: 0, width: origin.width, height: r.bottom - origin.top });
    else covers.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  }
  return covers;
}
