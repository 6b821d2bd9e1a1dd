// Removes overlaps between actor boxes (shape and name, which are rectangles, wider than tall): pairs are pushed
// apart along the cheaper axis, each actor moving as little as it can (Gephi's noverlap idea, with real boxes).
import { boxAt, type Box, type Extent } from './actor-box';

export interface Point {
  x: number;
  y: number;
}

/** Grid cell for finding neighbours: wider than any box, so overlapping boxes sit in neighbouring cells. */
const CELL = 200;
/** Rounds of pushing pairs apart before a knot that will not settle is spread (see spreadOverlapping). */
const ROUNDS = 8;
const SPREAD = 1.2;
const SHIFT = 2 ** 20;
const cellKey = (cx: number, cy: number) => (cx + SHIFT) * 2 ** 21 + (cy + SHIFT);

/** Calls visit(i, j) once for every pair of boxes (i < j) whose centres are within a cell of each other. */
export function forEachNearPair(boxes: readonly Box[], visit: (i: number, j: number) => void): void {
  const grid = new Map<number, number[]>();
  const cellOf = (b: Box) => [Math.floor((b.x0 + b.x1) / 2 / CELL), Math.floor((b.y0 + b.y1) / 2 / CELL)] as const;
  boxes.forEach((b, i) => {
    const [cx, cy] = cellOf(b);
    const key = cellKey(cx, cy);
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  for (const bucket of grid.values()) {
    const [cx, cy] = cellOf(boxes[bucket[0]!]!);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const other = grid.get(cellKey(cx + dx, cy + dy));
        if (!other) continue;
        for (const i of bucket) for (const j of other) if (i < j) visit(i, j);
      }
    }
  }
}

/**
 * How far boxes a and b must move apart (in total) to be `gap` clear, along the cheaper axis; null if already clear.
 * The sign says which way a goes.
 */
function push(a: Box, b: Box, gap: number, tieBreak: number): { dx: number; dy: number } | null {
  const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + gap;
  const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + gap;
  if (ox <= 0 || oy <= 0) return null;
  const sx = a.x0 + a.x1 - b.x0 - b.x1;
  const sy = a.y0 + a.y1 - b.y0 - b.y1;
  // Wide, short boxes: moving up or down is usually cheaper, and keeps rows of names readable.
  if (ox < oy) return { dx: (sx === 0 ? tieBreak : Math.sign(sx)) * ox, dy: 0 };
  return { dx: 0, dy: (sy === 0 ? tieBreak : Math.sign(sy)) * oy };
}

/**
 * Moves the movable points until no two boxes come within `gap` (fixed points never move). Each round settles every
 * overlapping pair by moving them apart along the cheaper axis; a dense knot that will not settle is spread a
 * little about its middle (which keeps its shape) and tried again. Mutates `points`; returns the rounds taken.
 */
export function removeOverlaps(
  points: Point[],
  extents: readonly Extent[],
  movable: readonly boolean[],
  gap: number,
): number {
  let rounds = 0;
  for (let attempt = 0; attempt < 100; attempt++) {
    for (let r = 0; r < ROUNDS; r++, rounds++) {
      if (!separateOnce(points, extents, movable, gap)) return rounds;
    }
    spreadOverlapping(points, extents, movable, gap);
  }
  return rounds;
}

function separateOnce(points: Point[], extents: readonly Extent[], movable: readonly boolean[], gap: number): boolean {
  const boxes = points.map((p, i) => boxAt(p, extents[i]!));
  let moved = false;
  forEachNearPair(boxes, (i, j) => {
    if (!movable[i] && !movable[j]) return;
    // Boxes change as this round moves them: re-read both so one pair's move is not undone by a stale box.
    const a = boxAt(points[i]!, extents[i]!);
    const b = boxAt(points[j]!, extents[j]!);
    const p = push(a, b, gap, (i * 7 + j) % 2 === 0 ? -1 : 1);
    if (!p) return;
    // A hair more than the overlap, so rounding positions to whole pixels later cannot bring them back into contact
    // (and a pair just set apart is not found again through floating-point error).
    p.dx += Math.sign(p.dx) * 0.5;
    p.dy += Math.sign(p.dy) * 0.5;
    moved = true;
    const share = movable[i] && movable[j] ? 0.5 : 1;
    if (movable[i]) {
      points[i]!.x += p.dx * share;
      points[i]!.y += p.dy * share;
    }
    if (movable[j]) {
      points[j]!.x -= p.dx * share;
      points[j]!.y -= p.dy * share;
    }
  });
  return moved;
}

/**
 * Spreads each knot (actors that still overlap, linked by their overlaps) 10% further from its own middle: a local
 * zoom that keeps the knot's shape and leaves the rest of the map alone.
 */
function spreadOverlapping(
  points: Point[],
  extents: readonly Extent[],
  movable: readonly boolean[],
  gap: number,
): void {
  const boxes = points.map((p, i) => boxAt(p, extents[i]!));
  const parent = new Map<number, number>();
  const root = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  forEachNearPair(boxes, (i, j) => {
    if (!push(boxes[i]!, boxes[j]!, gap, 1) || (!movable[i] && !movable[j])) return;
    if (!parent.has(i)) parent.set(i, i);
    if (!parent.has(j)) parent.set(j, j);
    const ri = root(i);
    const rj = root(j);
    if (ri !== rj) parent.set(Math.max(ri, rj), Math.min(ri, rj));
  });
  const knots = new Map<number, number[]>();
  for (const i of parent.keys()) {
    const r = root(i);
    const list = knots.get(r);
    if (list) list.push(i);
    else knots.set(r, [i]);
  }
  for (const knot of knots.values()) {
    const cx = knot.reduce((s, i) => s + points[i]!.x, 0) / knot.length;
    const cy = knot.reduce((s, i) => s + points[i]!.y, 0) / knot.length;
    for (const i of knot) {
      if (!movable[i]) continue;
      const p = points[i]!;
      // The small nudge splits actors that sit exactly on the knot's middle, which no zoom would move.
      p.x = cx + (p.x - cx) * SPREAD + ((i % 3) - 1);
      p.y = cy + (p.y - cy) * SPREAD + (((i >> 1) % 3) - 1);
    }
  }
}
