// How readable a layout is, in numbers: actors overlapping, names overlapping names or actors, ties running through
// an actor that is not one of their ends, ties crossing, and how well the map's shape fits a 16:9 screen.
// Used by the layout-quality bench and by the tests; pure and grid-indexed, so a 2,000-actor map costs little.
import { boxesClash, nameLines, NAME_LABEL, type Box } from './actor-box';
import { SCREEN_ASPECT } from './groups';
import type { LayoutTie } from './layout-types';
import { forEachNearPair, type Point } from './separate';

export interface MetricActor extends Point {
  id: string;
  name?: string;
}

export interface LayoutQuality {
  actorOverlaps: number;
  /** Pairs where a name's label overlaps another name or another actor's shape. */
  nameOverlaps: number;
  /** (tie, actor) pairs where the tie's line passes over an actor that is not one of its two ends. */
  tiesThroughActors: number;
  crossings: number;
  /** Width ÷ height of everything drawn. */
  aspect: number;
  /** How much of a 16:9 screen the map fills when fitted to it (1 = all of it). */
  screenFill: number;
}

const SHAPE_HALF = 24;

export const shapeBox = (p: Point): Box => ({
  x0: p.x - SHAPE_HALF,
  y0: p.y - SHAPE_HALF,
  x1: p.x + SHAPE_HALF,
  y1: p.y + SHAPE_HALF,
});

/** The name label's box as canvas.css draws it (estimated from the name, see actor-box.ts). */
export function nameBox(a: MetricActor): Box {
  const lines = nameLines(a.name ?? 'Unnamed actor');
  const half = Math.max(...lines) / 2 + NAME_LABEL.padX;
  const top = a.y + NAME_LABEL.top;
  return {
    x0: a.x - half,
    y0: top,
    x1: a.x + half,
    y1: top + 2 * NAME_LABEL.padY + lines.length * NAME_LABEL.lineHeight,
  };
}

const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

export function countActorOverlaps(actors: readonly MetricActor[]): number {
  const shapes = actors.map(shapeBox);
  let n = 0;
  forEachNearPair(shapes, (i, j) => {
    if (boxesClash(shapes[i]!, shapes[j]!)) n++;
  });
  return n;
}

export function countNameOverlaps(actors: readonly MetricActor[]): number {
  const shapes = actors.map(shapeBox);
  const names = actors.map(nameBox);
  // Pair search on the whole drawn box (shape and name), so every clash between the two parts is among the pairs.
  const whole = actors.map((_, i) => union(shapes[i]!, names[i]!));
  let n = 0;
  forEachNearPair(whole, (i, j) => {
    if (boxesClash(names[i]!, names[j]!) || boxesClash(names[i]!, shapes[j]!) || boxesClash(names[j]!, shapes[i]!)) n++;
  });
  return n;
}

/** Whether segment p–q passes through box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: [number, number][] = [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ];
  for (const [pp, qq] of edges) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const t = qq / pp;
      if (pp < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function segments(actors: readonly MetricActor[], ties: readonly LayoutTie[]): [number, number][] {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const t of ties) {
    const a = index.get(t.fromId);
    const b = index.get(t.toId);
    if (a === undefined || b === undefined || a === b) continue;
    // Two ties between one pair draw as one line here.
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

const CELL = 200;

export function countTiesThroughActors(actors: readonly MetricActor[], ties: readonly LayoutTie[]): number {
  const grid = new Map<string, number[]>();
  actors.forEach((a, i) => {
    const key = `${Math.floor(a.x / CELL)},${Math.floor(a.y / CELL)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  let n = 0;
  for (const [a, b] of segments(actors, ties)) {
    const p = actors[a]!;
    const q = actors[b]!;
    for (
      let cx = Math.floor((Math.min(p.x, q.x) - SHAPE_HALF) / CELL);
      cx <= Math.floor((Math.max(p.x, q.x) + SHAPE_HALF) / CELL);
      cx++
    ) {
      for (
        let cy = Math.floor((Math.min(p.y, q.y) - SHAPE_HALF) / CELL);
        cy <= Math.floor((Math.max(p.y, q.y) + SHAPE_HALF) / CELL);
        cy++
      ) {
        for (const k of grid.get(`${cx},${cy}`) ?? []) {
          if (k !== a && k !== b && segmentHitsBox(p, q, shapeBox(actors[k]!))) n++;
        }
      }
    }
  }
  return n;
}

const orient = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));

/** Pairs of ties whose lines cross (ties sharing an actor never count: they meet at it). */
export function countCrossings(actors: readonly MetricActor[], ties: readonly LayoutTie[]): number {
  const segs = segments(actors, ties).map(([a, b]) => {
    const p = actors[a]!;
    const q = actors[b]!;
    return {
      a,
      b,
      p,
      q,
      x0: Math.min(p.x, q.x),
      x1: Math.max(p.x, q.x),
      y0: Math.min(p.y, q.y),
      y1: Math.max(p.y, q.y),
    };
  });
  segs.sort((s, t) => s.x0 - t.x0);
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    for (let j = i + 1; j < segs.length && segs[j]!.x0 <= s.x1; j++) {
      const t = segs[j]!;
      if (t.y0 > s.y1 || t.y1 < s.y0) continue;
      if (s.a === t.a || s.a === t.b || s.b === t.a || s.b === t.b) continue;
      if (orient(s.p, s.q, t.p) * orient(s.p, s.q, t.q) < 0 && orient(t.p, t.q, s.p) * orient(t.p, t.q, s.q) < 0) n++;
    }
  }
  return n;
}

/** Everything drawn: every shape and name. */
export function drawnBounds(actors: readonly MetricActor[]): Box {
  let b: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const a of actors) b = union(b, union(shapeBox(a), nameBox(a)));
  return b;
}

export function layoutQuality(actors: readonly MetricActor[], ties: readonly LayoutTie[]): LayoutQuality {
  const b = drawnBounds(actors);
  const w = Math.max(1, b.x1 - b.x0);
  const h = Math.max(1, b.y1 - b.y0);
  const screen = Math.max(w, h * SCREEN_ASPECT) * Math.max(h, w / SCREEN_ASPECT);
  return {
    actorOverlaps: countActorOverlaps(actors),
    nameOverlaps: countNameOverlaps(actors),
    tiesThroughActors: countTiesThroughActors(actors, ties),
    crossings: countCrossings(actors, ties),
    aspect: w / h,
    screenFill: (w * h) / screen,
  };
}
