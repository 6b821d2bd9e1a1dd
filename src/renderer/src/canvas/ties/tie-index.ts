// A spatial index of ties' curves, so drawing the view and finding the tie under the pointer look only at the ties
// near there, not at all 50,000. Flatbush (a static packed Hilbert R-tree in typed arrays) fits how ties change: the
// index is built whole once per change of the map (tens of milliseconds at 50,000 ties) and then only queried, each
// pan frame and press; a dynamic tree (rbush) builds several times slower and its inserts are not needed here.
// A long tie is indexed as up to 4 pieces, so a tie across the whole map is found where it crosses the view without
// its bounding box putting it into every query.
import Flatbush from 'flatbush';
import type { Point } from '../../../../shared/geometry-types';
import { distanceToCurve, type TieCurve } from '../../../../shared/render/tie-bends';
import { segmentCrossesRect, type Rect } from './tie-geometry';

/** A tie as drawn: its curve (null when its actors are too close to draw it) and its line width, in map units. */
export interface TieShape {
  id: string;
  curve: TieCurve | null;
  width: number;
}

/** The most a pointer may be off a drawn line, in screen pixels, and still be on the tie (beyond half its width). */
export const HIT_SLACK_PX = 3;

/** Map units per indexed piece of a long tie, and the most pieces one tie is cut into (a cap on the index's size). */
const PIECE = 10_000;
const MAX_PIECES = 4;

function pointAt(c: TieCurve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x,
    y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y,
  };
}

/** The curve lies inside the triangle of its ends and control point: the two sides through the control cover it. */
function curveCrossesRect(c: TieCurve, r: Rect): boolean {
  return segmentCrossesRect(c.start, c.control, r) || segmentCrossesRect(c.control, c.end, r);
}

/** The packed tree and what goes with it: shared by an index and the moved copies made from it. */
interface Built {
  ties: readonly TieShape[];
  tree: Flatbush | null;
  /** Which tie each indexed piece belongs to. */
  pieceTie: Uint32Array;
  /** Stamps for "already returned by this query", so a tie found through several pieces is listed once. */
  seen: Uint32Array;
  query: number;
  widest: number;
}

function curveBoxTouches(c: TieCurve, r: Rect): boolean {
  return (
    Math.max(c.start.x, c.control.x, c.end.x) >= r.x0 &&
    Math.min(c.start.x, c.control.x, c.end.x) <= r.x1 &&
    Math.max(c.start.y, c.control.y, c.end.y) >= r.y0 &&
    Math.min(c.start.y, c.control.y, c.end.y) <= r.y1
  );
}

export class TieIndex {
  private readonly built: Built;
  /**
   * Ties whose curves changed since the tree was built (their actors moved), kept beside it and tested one by one:
   * moving a few actors then costs their ties, not a rebuild of 50,000.
   */
  private readonly moved: ReadonlyMap<number, TieCurve | null>;

  constructor(ties: readonly TieShape[]);
  constructor(ties: Built, moved: ReadonlyMap<number, TieCurve | null>);
  constructor(ties: readonly TieShape[] | Built, moved: ReadonlyMap<number, TieCurve | null> = new Map()) {
    this.moved = moved;
    this.built = 'tree' in ties ? ties : TieIndex.build(ties);
  }

  /** How many ties have moved since the tree was built. */
  get movedCount(): number {
    return this.moved.size;
  }

  get size(): number {
    return this.built.ties.length;
  }

  /** Tie `i`'s id and curve as it is now. */
  id(i: number): string {
    return this.built.ties[i]!.id;
  }

  curve(i: number): TieCurve | null {
    return this.moved.has(i) ? this.moved.get(i)! : this.built.ties[i]!.curve;
  }

  /** The same ties with some curves changed (by position in the ties), sharing this index's tree. */
  withMoved(curves: ReadonlyMap<number, TieCurve | null>): TieIndex {
    return new TieIndex(this.built, new Map([...this.moved, ...curves]));
  }

  private static build(ties: readonly TieShape[]): Built {
    const widest = ties.reduce((w, t) => Math.max(w, t.width), 0);
    const seen = new Uint32Array(ties.length);
    // Two passes over typed arrays: count the pieces, then add them; building is once per change of the map.
    const counts = new Uint8Array(ties.length);
    let total = 0;
    ties.forEach(({ curve }, i) => {
      if (!curve) return;
      const { start, control, end } = curve;
      const length =
        Math.hypot(control.x - start.x, control.y - start.y) + Math.hypot(end.x - control.x, end.y - control.y);
      counts[i] = Math.min(MAX_PIECES, Math.max(1, Math.ceil(length / PIECE)));
      total += counts[i];
    });
    const pieceTie = new Uint32Array(total);
    if (total === 0) return { ties, tree: null, pieceTie, seen, query: 0, widest };
    const tree = new Flatbush(total);
    ties.forEach(({ curve }, i) => {
      const count = counts[i]!;
      if (!curve || count === 0) return;
      const { start, control, end } = curve;
      if (count === 1) {
        // The whole curve: its box is the control triangle's, which holds the curve.
        pieceTie[
          tree.add(
            Math.min(start.x, control.x, end.x),
            Math.min(start.y, control.y, end.y),
            Math.max(start.x, control.x, end.x),
            Math.max(start.y, control.y, end.y),
          )
        ] = i;
        return;
      }
      // A piece's chord can stray from the curve by at most the control point's offset from the straight line.
      const pad =
        Math.abs((end.x - start.x) * (control.y - start.y) - (end.y - start.y) * (control.x - start.x)) /
        (Math.hypot(end.x - start.x, end.y - start.y) || 1);
      let prev = start;
      for (let k = 1; k <= count; k++) {
        const next = pointAt(curve, k / count);
        pieceTie[
          tree.add(
            Math.min(prev.x, next.x) - pad,
            Math.min(prev.y, next.y) - pad,
            Math.max(prev.x, next.x) + pad,
            Math.max(prev.y, next.y) + pad,
          )
        ] = i;
        prev = next;
      }
    });
    tree.finish();
    return { ties, tree, pieceTie, seen, query: 0, widest };
  }

  /** Ties (positions in `ties`) whose piece boxes touch `r`, each once. */
  private candidates(r: Rect): number[] {
    const built = this.built;
    const found: number[] = [];
    if (built.tree) {
      const stamp = ++built.query;
      for (const piece of built.tree.search(r.x0, r.y0, r.x1, r.y1)) {
        const tie = built.pieceTie[piece]!;
        if (built.seen[tie] === stamp || this.moved.has(tie)) continue;
        built.seen[tie] = stamp;
        found.push(tie);
      }
    }
    for (const [tie, curve] of this.moved) if (curve && curveBoxTouches(curve, r)) found.push(tie);
    return found;
  }

  /** The ties whose lines pass through the rectangle `r` (map units), in the order they were given. */
  inRect(r: Rect): number[] {
    return this.candidates(r)
      .filter((i) => curveCrossesRect(this.curve(i)!, r))
      .sort((a, b) => a - b);
  }

  /**
   * The tie whose drawn line is under `p` at `zoom`: within half the line's width plus HIT_SLACK_PX screen pixels of
   * it, nearest first. Null when the point is off every drawn line (a press there pans). `skip` leaves out ties not
   * drawn (hidden by a filter).
   */
  onLine(p: Point, zoom: number, skip: (id: string) => boolean = () => false): string | null {
    const reach = this.built.widest / 2 + HIT_SLACK_PX / zoom;
    let best: string | null = null;
    let bestOff = Infinity;
    for (const i of this.candidates({ x0: p.x - reach, y0: p.y - reach, x1: p.x + reach, y1: p.y + reach })) {
      const tie = this.built.ties[i]!;
      // How far outside the drawn line, in screen pixels: negative inside it.
      const off = (distanceToCurve(p, this.curve(i)!, 24) - tie.width / 2) * zoom;
      if (off <= HIT_SLACK_PX && off < bestOff && !skip(tie.id)) {
        bestOff = off;
        best = tie.id;
      }
    }
    return best;
  }
}
