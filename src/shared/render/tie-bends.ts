// Ties between the same two actors drawn apart: two ties in opposite directions, or several in parallel, become
// gentle quadratic curves bent to either side, so each keeps its own line and arrowheads. Pure: used by the
// canvas (SVG ties, the screen and far canvases) and by pictures.
import type { Point } from '../geometry-types';

export interface TieEnds {
  id: string;
  fromId: string;
  toId: string;
}

/** How far apart neighbouring curves are at their middles, in map units. */
export const BEND_SPACING = 28;

/**
 * Each tie's bend: how far its middle sits from the straight line, to the left of its own direction (negative:
 * to the right). A tie alone between its actors is straight (absent from the map). Ties are spread evenly around
 * the straight line in id order, so the same map always draws the same way.
 */
export function tieBends(ties: Iterable<TieEnds>): Map<string, number> {
  // Grouped by the lower end first, then by the higher: no key string per tie (50,000 of them at 20,000 actors).
  const byLow = new Map<string, TieEnds | TieEnds[]>();
  for (const tie of ties) {
    if (tie.fromId === tie.toId) continue;
    const low = tie.fromId < tie.toId ? tie.fromId : tie.toId;
    const there = byLow.get(low);
    if (!there) byLow.set(low, tie);
    else if (Array.isArray(there)) there.push(tie);
    else byLow.set(low, [there, tie]);
  }
  const bends = new Map<string, number>();
  for (const group of byLow.values()) {
    if (!Array.isArray(group)) continue;
    if (group.length <= SMALL_GROUP) pairsInSmallGroup(group, bends);
    else pairsInGroup(group, bends);
  }
  return bends;
}

/** An actor's few ties compared pairwise: cheaper than a map per actor (20,000 of them at 20,000 actors). */
const SMALL_GROUP = 12;
const highEnd = (tie: TieEnds) => (tie.fromId < tie.toId ? tie.toId : tie.fromId);

function pairsInSmallGroup(group: TieEnds[], bends: Map<string, number>): void {
  for (let i = 0; i < group.length; i++) {
    const high = highEnd(group[i]!);
    let seenBefore = false;
    for (let j = 0; j < i && !seenBefore; j++) seenBefore = highEnd(group[j]!) === high;
    if (seenBefore) continue;
    let list: TieEnds[] | null = null;
    for (let j = i + 1; j < group.length; j++) if (highEnd(group[j]!) === high) (list ??= [group[i]!]).push(group[j]!);
    if (list) spread(list, bends);
  }
}

function pairsInGroup(group: TieEnds[], bends: Map<string, number>): void {
  const byHigh = new Map<string, TieEnds[]>();
  for (const tie of group) {
    const high = highEnd(tie);
    const list = byHigh.get(high);
    if (list) list.push(tie);
    else byHigh.set(high, [tie]);
  }
  for (const list of byHigh.values()) if (list.length > 1) spread(list, bends);
}

/** Ties between one pair of actors, spread evenly around the straight line in id order. */
function spread(list: TieEnds[], bends: Map<string, number>): void {
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  list.forEach((tie, i) => {
    // Offsets are laid out along the pair's own direction (lower id to higher); a tie running the other way
    // sees that direction reversed, so its bend changes sign. Two opposite ties thus curve to either side.
    const offset = (i - (list.length - 1) / 2) * BEND_SPACING;
    if (offset !== 0) bends.set(tie.id, tie.fromId < tie.toId ? offset : -offset);
  });
}

/** A tie's curve: from `start` to `end` bending towards `control`; `mid` is the curve's middle (for its label). */
export interface TieCurve {
  start: Point;
  control: Point;
  end: Point;
  mid: Point;
}

function towards(from: Point, to: Point, distance: number): Point {
  const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / d) * distance, y: from.y + ((to.y - from.y) / d) * distance };
}

/**
 * The curve between two actor centres with `bend` (see tieBends), stopping `startGap` and `endGap` short of the
 * centres along the curve's own direction there, so arrowheads sit just outside the shapes. Null when the actors
 * are too close to draw a tie between them. With bend 0 it is the straight segment (control at its middle).
 */
export function tieCurve(from: Point, to: Point, bend: number, startGap: number, endGap: number): TieCurve | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= startGap + endGap) return null;
  // A quadratic's middle sits halfway to its control point: twice the bend puts the middle `bend` off the line.
  const control = {
    x: (from.x + to.x) / 2 - (dy / length) * bend * 2,
    y: (from.y + to.y) / 2 + (dx / length) * bend * 2,
  };
  const start = towards(from, control, startGap);
  const end = towards(to, control, endGap);
  const mid = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  return { start, control, end, mid };
}

/** The curve as an SVG path: a straight line when it has no bend. */
export function curvePath(c: TieCurve, round: (v: number) => number = (v) => v): string {
  const straight =
    Math.abs((c.end.x - c.start.x) * (c.control.y - c.start.y) - (c.end.y - c.start.y) * (c.control.x - c.start.x)) <
    1e-6;
  return straight
    ? `M${round(c.start.x)},${round(c.start.y)}L${round(c.end.x)},${round(c.end.y)}`
    : `M${round(c.start.x)},${round(c.start.y)}Q${round(c.control.x)},${round(c.control.y)} ${round(c.end.x)},${round(c.end.y)}`;
}

/** Distance from `p` to the curve, sampled: enough to pick a tie under the pointer. */
export function distanceToCurve(p: Point, c: TieCurve, samples = 12): number {
  let best = Infinity;
  let prev = c.start;
  for (let i = 1; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    const next = {
      x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x,
      y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y,
    };
    const dx = next.x - prev.x;
    const dy = next.y - prev.y;
    const l2 = dx * dx + dy * dy;
    const s = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - prev.x) * dx + (p.y - prev.y) * dy) / l2));
    best = Math.min(best, Math.hypot(p.x - (prev.x + s * dx), p.y - (prev.y + s * dy)));
    prev = next;
  }
  return best;
}
