// Settles actors onto a grid of actor-sized cells, each on the free cell nearest where it was: a guarantee of no
// overlaps in one quick pass, where pushing pairs apart can take thousands of rounds in a dense knot.
import { CLEAR_X, CLEAR_Y } from './actor-box';
import type { Point } from '../geometry-types';

const SHIFT = 2 ** 20;
const key = (i: number, j: number) => (i + SHIFT) * 2 ** 21 + (j + SHIFT);

/**
 * Moves every movable point to the centre of a free CLEAR_X × CLEAR_Y cell (cells a fixed point's box touches are
 * not free). Points nearest the middle choose first, so the middle of the layout keeps its shape best. Cell centres
 * are CLEAR apart, so no two boxes (gap included) overlap. Mutates and returns `points`.
 */
export function settleOnFreeCells<P extends Point>(points: P[], movable: readonly boolean[]): P[] {
  const taken = new Set<number>();
  points.forEach((p, i) => {
    if (movable[i]) return;
    // A fixed box overlaps the cells whose centres are closer than CLEAR on both axes: at most 2 × 2 of them.
    const i0 = Math.ceil((p.x - CLEAR_X) / CLEAR_X);
    const j0 = Math.ceil((p.y - CLEAR_Y) / CLEAR_Y);
    for (let ci = i0; ci * CLEAR_X < p.x + CLEAR_X; ci++) {
      for (let cj = j0; cj * CLEAR_Y < p.y + CLEAR_Y; cj++) taken.add(key(ci, cj));
    }
  });
  const order = points.map((_, i) => i).filter((i) => movable[i]);
  if (order.length === 0) return points;
  const cx = order.reduce((s, i) => s + points[i]!.x, 0) / order.length;
  const cy = order.reduce((s, i) => s + points[i]!.y, 0) / order.length;
  const far = (i: number) => (points[i]!.x - cx) ** 2 + (points[i]!.y - cy) ** 2;
  order.sort((a, b) => far(a) - far(b) || a - b);
  for (const i of order) {
    const p = points[i]!;
    const [ci, cj] = nearestFreeCell(p.x / CLEAR_X, p.y / CLEAR_Y, taken);
    taken.add(key(ci, cj));
    p.x = ci * CLEAR_X;
    p.y = cj * CLEAR_Y;
  }
  return points;
}

/** Searches rings of cells outward from (u, v), in cell units, for the free cell nearest to it. */
function nearestFreeCell(u: number, v: number, taken: ReadonlySet<number>): [number, number] {
  const i = Math.round(u);
  const j = Math.round(v);
  for (let r = 0; ; r++) {
    let best: [number, number] | null = null;
    let bestD = Infinity;
    for (let di = -r; di <= r; di++) {
      for (let dj = -r; dj <= r; dj++) {
        if (Math.max(Math.abs(di), Math.abs(dj)) !== r || taken.has(key(i + di, j + dj))) continue;
        const d = (i + di - u) ** 2 + (j + dj - v) ** 2;
        if (d < bestD) {
          bestD = d;
          best = [i + di, j + dj];
        }
      }
    }
    // A cell on ring r may be farther than one on ring r+1 in cell units only by less than a cell: good enough.
    if (best) return best;
  }
}
