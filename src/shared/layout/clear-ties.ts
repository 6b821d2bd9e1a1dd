// Moves actors off ties that are not theirs: a tie drawn through an unrelated actor reads as a tie to it.
import { boxAt, boxesClash, type Extent } from './actor-box';
import type { Point } from './separate';
import { removeOverlaps } from './separate';

/** Room kept round an actor's shape that another actor's tie should not enter. */
const CLEARANCE = 30;
const ROUNDS = 6;

/** Index pairs [from, to] of each tie, once per pair of actors. */
export type TieEnds = readonly (readonly [number, number])[];

/** Distance from p to the segment a–b, and the point of the segment nearest p. */
function nearestOnSegment(p: Point, a: Point, b: Point): { d: number; q: Point; t: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  const q = { x: a.x + t * dx, y: a.y + t * dy };
  return { d: Math.hypot(p.x - q.x, p.y - q.y), q, t };
}

const CELL = 200;

/** (tie, actor) pairs where the tie passes within CLEARANCE of an actor that is not one of its ends. */
function hits(points: readonly Point[], ties: TieEnds): { tie: number; actor: number }[] {
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  const out: { tie: number; actor: number }[] = [];
  ties.forEach(([a, b], tie) => {
    const p = points[a]!;
    const q = points[b]!;
    for (
      let cx = Math.floor((Math.min(p.x, q.x) - CLEARANCE) / CELL);
      cx <= Math.floor((Math.max(p.x, q.x) + CLEARANCE) / CELL);
      cx++
    ) {
      for (
        let cy = Math.floor((Math.min(p.y, q.y) - CLEARANCE) / CELL);
        cy <= Math.floor((Math.max(p.y, q.y) + CLEARANCE) / CELL);
        cy++
      ) {
        for (const k of grid.get(`${cx},${cy}`) ?? []) {
          if (k === a || k === b) continue;
          const n = nearestOnSegment(points[k]!, p, q);
          if (n.d < CLEARANCE && n.t > 0 && n.t < 1) out.push({ tie, actor: k });
        }
      }
    }
  });
  return out;
}

/**
 * Nudges each movable actor that sits on someone else's tie sideways off it, then removes any overlap that made;
 * a few rounds, keeping the round with fewest actors on ties. Mutates `points`.
 */
export function clearTies(
  points: Point[],
  extents: readonly Extent[],
  movable: readonly boolean[],
  ties: TieEnds,
  gap: number,
): void {
  let best = points.map((p) => ({ ...p }));
  let bestCount = hits(points, ties).length;
  for (let round = 0; round < ROUNDS && bestCount > 0; round++) {
    for (const { tie, actor } of hits(points, ties)) {
      if (!movable[actor]) continue;
      const [a, b] = ties[tie]!;
      const p = points[actor]!;
      const n = nearestOnSegment(p, points[a]!, points[b]!);
      // Off the line the short way; an actor right on it goes to the side the tie's normal points.
      const nx = n.d > 0.01 ? (p.x - n.q.x) / n.d : -(points[b]!.y - points[a]!.y);
      const ny = n.d > 0.01 ? (p.y - n.q.y) / n.d : points[b]!.x - points[a]!.x;
      const len = Math.hypot(nx, ny) || 1;
      const move = CLEARANCE - n.d + 2;
      p.x += (nx / len) * move;
      p.y += (ny / len) * move;
    }
    removeOverlaps(points, extents, movable, gap);
    const count = hits(points, ties).length;
    if (count < bestCount) {
      bestCount = count;
      best = points.map((p) => ({ ...p }));
    }
  }
  best.forEach((p, i) => (points[i] = p));
}

/** True if no two boxes come within `gap` (a check for callers that want to be sure). */
export function noBoxesClash(points: readonly Point[], extents: readonly Extent[], gap: number): boolean {
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++)
      if (boxesClash(boxAt(points[i]!, extents[i]!), boxAt(points[j]!, extents[j]!), gap)) return false;
  }
  return true;
}
