// Where the map can show actors: the rectangle of the canvas left clear by what covers it (legend, toolbar, overview,
// zoom buttons), and the viewport that fits a set of actors into that rectangle. Pure: measured rectangles in.
import type { Viewport } from '@xyflow/react';
import type { Bounds } from '../../../shared/geometry-types';

export type Rect = Bounds;

/** Below this a "free" strip is too thin to show anything; the fit then uses the whole canvas. */
const MIN_SIDE = 80;

function clip(r: Rect, area: Rect): Rect | null {
  const x = Math.max(r.x, area.x);
  const y = Math.max(r.y, area.y);
  const right = Math.min(r.x + r.width, area.x + area.width);
  const bottom = Math.min(r.y + r.height, area.y + area.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** How large `bounds` can be drawn in `rect` (the fit's zoom), capped: above the cap, more room is only breathing space. */
function fitScale(rect: Rect, bounds: Rect | null, cap: number): number {
  if (!bounds) return 0;
  return Math.min(cap, rect.width / Math.max(bounds.width, 1), rect.height / Math.max(bounds.height, 1));
}

/**
 * The free rectangle of `area` (touching no obstacle) in which `bounds` is drawn largest; among equals the larger one.
 * Without bounds (an empty map) simply the largest. Exact for axis-aligned obstacles: every maximal free rectangle has
 * its left and right sides on the area's or an obstacle's edges, and for such a pair of sides the free heights are
 * the gaps between the obstacles spanning them.
 */
export function bestFreeRect(area: Rect, obstacles: readonly Rect[], bounds: Rect | null = null, cap = Infinity): Rect {
  const blocks = obstacles.map((o) => clip(o, area)).filter((o): o is Rect => o !== null);
  const xs = [...new Set([area.x, area.x + area.width, ...blocks.flatMap((b) => [b.x, b.x + b.width])])].sort(
    (a, b) => a - b,
  );
  let best: Rect | null = null;
  let bestScale = -1;
  let bestArea = -1;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const left = xs[i]!;
      const right = xs[j]!;
      if (right - left < MIN_SIDE) continue;
      const spans = blocks.filter((b) => b.x < right && b.x + b.width > left).sort((a, b) => a.y - b.y);
      let top = area.y;
      for (const gapEnd of [
        ...spans.map((b) => ({ start: b.y, end: b.y + b.height })),
        { start: area.y + area.height, end: Infinity },
      ]) {
        const height = gapEnd.start - top;
        if (height >= MIN_SIDE) {
          const rect = { x: left, y: top, width: right - left, height };
          const scale = fitScale(rect, bounds, cap);
          const size = rect.width * rect.height;
          if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && size > bestArea)) {
            best = rect;
            bestScale = scale;
            bestArea = size;
          }
        }
        top = Math.max(top, gapEnd.end);
      }
    }
  }
  return best ?? area;
}

/** The viewport that draws `bounds` (map coordinates) centred in `free` (canvas pixels), `margin` px inside it. */
export function viewportInRect(bounds: Rect, free: Rect, margin: number, minZoom: number, maxZoom: number): Viewport {
  const width = Math.max(free.width - 2 * margin, 1);
  const height = Math.max(free.height - 2 * margin, 1);
  const zoom = Math.min(
    maxZoom,
    Math.max(minZoom, Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1))),
  );
  return {
    x: free.x + free.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: free.y + free.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/** Keeps the map point at the centre of the old free area at the centre of the new one (same zoom). */
export function keepCentre(view: Viewport, before: Rect, after: Rect): Viewport {
  const cx = (before.x + before.width / 2 - view.x) / view.zoom;
  const cy = (before.y + before.height / 2 - view.y) / view.zoom;
  return {
    x: after.x + after.width / 2 - cx * view.zoom,
    y: after.y + after.height / 2 - cy * view.zoom,
    zoom: view.zoom,
  };
}
