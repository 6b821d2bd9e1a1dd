// Finds overlapping actors, with a grid so 5,000 actors cost little more than 500 (tests and the bench check layouts with it).
import { CLEAR_X, CLEAR_Y, boxesOverlap } from './actor-box';
import type { Point } from '../geometry-types';

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
