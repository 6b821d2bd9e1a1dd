// Geometry for ties drawn on a canvas: which ties cross the view (the line, not its bounding box) and which is
// under the pointer.
import type { TieFlowEdge } from '../../state/flow-types';
import type { Point } from '../geometry';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Liang–Barsky: does the segment a–b pass through the rectangle? */
export function segmentCrossesRect(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.x0],
    [dx, r.x1 - a.x],
    [-dy, a.y - r.y0],
    [dy, r.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The tie whose line passes nearest to `p`, if within `radius` (flow units). */
export function tieNear(p: Point, edges: readonly TieFlowEdge[], positions: ReadonlyMap<string, Point>, radius: number): string | null {
  let best: string | null = null;
  let bestDistance = radius;
  for (const edge of edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    const d = distanceToSegment(p, a, b);
    if (d < bestDistance) {
      bestDistance = d;
      best = edge.id;
    }
  }
  return best;
}
