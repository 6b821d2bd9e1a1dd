// Finds room for the legend inside the map's own frame (a corner or gap no actor, name or tie uses), so the picture
// need not grow a column or a band for it. An occupancy grid with a summed-area table makes each try O(1).
import type { PictureBounds } from './picture-types';

export interface Obstacles {
  boxes: readonly PictureBounds[];
  /** Ties as straight segments [x1, y1, x2, y2]. */
  segments: readonly (readonly [number, number, number, number])[];
}

/** Clear room kept between the legend and anything drawn. */
const CLEARANCE = 16;
/** The grid stays under this many cells, whatever the map's size. */
const MAX_CELLS = 250_000;

/** The legend's top-left corner in map coordinates, or null when no free spot in `frame` is big enough. */
export function dockLegend(
  frame: PictureBounds,
  legend: { width: number; height: number },
  obstacles: Obstacles,
): { x: number; y: number } | null {
  if (legend.width > frame.width || legend.height > frame.height) return null;
  const step = Math.max(8, Math.sqrt((frame.width * frame.height) / MAX_CELLS));
  const cols = Math.ceil(frame.width / step);
  const rows = Math.ceil(frame.height / step);
  const used = new Uint8Array(cols * rows);
  const mark = (x: number, y: number) => {
    const c = Math.floor((x - frame.x) / step);
    const r = Math.floor((y - frame.y) / step);
    if (c >= 0 && c < cols && r >= 0 && r < rows) used[r * cols + c] = 1;
  };
  for (const b of obstacles.boxes) {
    const c0 = Math.max(0, Math.floor((b.x - CLEARANCE - frame.x) / step));
    const c1 = Math.min(cols - 1, Math.floor((b.x + b.width + CLEARANCE - frame.x) / step));
    const r0 = Math.max(0, Math.floor((b.y - CLEARANCE - frame.y) / step));
    const r1 = Math.min(rows - 1, Math.floor((b.y + b.height + CLEARANCE - frame.y) / step));
    for (let r = r0; r <= r1; r++) used.fill(1, r * cols + c0, r * cols + c1 + 1);
  }
  for (const [x1, y1, x2, y2] of obstacles.segments) {
    const samples = Math.ceil(Math.hypot(x2 - x1, y2 - y1) / (step / 2)) + 1;
    for (let i = 0; i <= samples; i++) {
      const x = x1 + ((x2 - x1) * i) / samples;
      const y = y1 + ((y2 - y1) * i) / samples;
      // A tie's band: the line and the clearance either side of it.
      for (const [dx, dy] of [
        [0, 0],
        [-CLEARANCE, 0],
        [CLEARANCE, 0],
        [0, -CLEARANCE],
        [0, CLEARANCE],
      ] as const)
        mark(x + dx, y + dy);
    }
  }
  // sum[r][c] = used cells above and left of (r, c).
  const sum = new Float64Array((cols + 1) * (rows + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      sum[(r + 1) * (cols + 1) + c + 1] =
        used[r * cols + c]! + sum[r * (cols + 1) + c + 1]! + sum[(r + 1) * (cols + 1) + c]! - sum[r * (cols + 1) + c]!;
    }
  }
  const w = Math.ceil(legend.width / step);
  const h = Math.ceil(legend.height / step);
  let best: { x: number; y: number; score: number } | null = null;
  for (let r = 0; r + h <= rows; r++) {
    for (let c = 0; c + w <= cols; c++) {
      const filled =
        sum[(r + h) * (cols + 1) + c + w]! -
        sum[r * (cols + 1) + c + w]! -
        sum[(r + h) * (cols + 1) + c]! +
        sum[r * (cols + 1) + c]!;
      if (filled > 0) continue;
      // Nearest a corner of the frame, where a reader looks for a key; bottom right first.
      const corners = [
        Math.hypot(cols - (c + w), rows - (r + h)) * 0.8,
        Math.hypot(c, r),
        Math.hypot(cols - (c + w), r),
        Math.hypot(c, rows - (r + h)),
      ];
      const score = Math.min(...corners);
      if (!best || score < best.score) best = { x: frame.x + c * step, y: frame.y + r * step, score };
    }
  }
  // Never past the frame's right or bottom edge, whatever the rounding to cells.
  return (
    best && {
      x: Math.min(best.x, frame.x + frame.width - legend.width),
      y: Math.min(best.y, frame.y + frame.height - legend.height),
    }
  );
}
