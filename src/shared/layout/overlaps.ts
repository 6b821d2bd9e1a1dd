// Finds overlapping actors and pushes movable ones apart, with a grid so 5,000 actors cost little more than 500.
import { BOX_GAP, CLEAR_X, CLEAR_Y, boxesOverlap } from './actor-box';

export interface Point {
  x: number;
  y: number;
}

const CELL = Math.max(CLEAR_X, CLEAR_Y);

/** Cell coordinates packed into one exact number (maps stay far inside ±2^20 cells), cheaper than string keys. */
const SHIFT = 2 ** 20;
const cellKey = (cx: number, cy: number) => (cx + SHIFT) * 2 ** 21 + (cy + SHIFT);

/** Buckets point indices by grid cell, so only neighbouring cells are compared. */
function gridOf(points: readonly Point[]): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  points.forEach((p, i) => {
    const key = cellKey(Math.floor(p.x / CELL), Math.floor(p.y / CELL));
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  return grid;
}

function forEachNearPair(points: readonly Point[], visit: (i: number, j: number) => void): void {
  const grid = gridOf(points);
  for (const bucket of grid.values()) {
    const first = points[bucket[0]!]!;
    const cx = Math.floor(first.x / CELL);
    const cy = Math.floor(first.y / CELL);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const other = grid.get(cellKey(cx + dx, cy + dy));
        if (!other) continue;
        for (const i of bucket) for (const j of other) if (i < j) visit(i, j);
      }
    }
  }
}

/** Pairs of indices whose boxes overlap (gap included when `gap` is given). */
export function overlappingPairs(points: readonly Point[], gap = 0): [number, number][] {
  const pairs: [number, number][] = [];
  forEachNearPair(points, (i, j) => {
    if (boxesOverlap(points[i]!, points[j]!, gap)) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Moves the points whose `movable[i]` is true until no two boxes overlap (with the gap), each push along the
 * axis that needs the smaller move. Fixed points never move; two fixed points that overlap are left as they are.
 * Mutates and returns `points`.
 */
export function separate<P extends Point>(points: P[], movable: readonly boolean[], maxRounds = 500): P[] {
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    forEachNearPair(points, (i, j) => {
      const a = points[i]!;
      const b = points[j]!;
      const canA = movable[i] ?? false;
      const canB = movable[j] ?? false;
      if (!canA && !canB) return;
      const ox = CLEAR_X - Math.abs(a.x - b.x);
      const oy = CLEAR_Y - Math.abs(a.y - b.y);
      if (ox <= 0 || oy <= 0) return;
      moved = true;
      // Same point: push sideways, the order of the pair deciding which way, so the result is repeatable.
      const alongX = ox / CLEAR_X <= oy / CLEAR_Y;
      const push = (alongX ? ox : oy) + 0.5;
      const sign = (alongX ? Math.sign(b.x - a.x) : Math.sign(b.y - a.y)) || 1;
      const shareA = canA && canB ? 0.5 : canA ? 1 : 0;
      const shareB = 1 - shareA;
      if (alongX) {
        a.x -= sign * push * shareA;
        b.x += sign * push * shareB;
      } else {
        a.y -= sign * push * shareA;
        b.y += sign * push * shareB;
      }
    });
    if (!moved) break;
  }
  return points;
}

export { BOX_GAP };
