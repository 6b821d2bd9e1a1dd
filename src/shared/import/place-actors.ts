// Where new actors go: the new part of the map is laid out with the same force layout as Arrange automatically,
// around the map as it is (existing actors never move): newcomers tied to placed actors settle near them, separate
// new groups are packed beside the map, and nothing overlaps an actor already there.
import {
  actorExtent,
  BOX_GAP,
  FULL_EXTENT,
  removeOverlaps,
  createForceLayout,
  type Extent,
  type LayoutActor,
  type LayoutTie,
} from '../layout';
import type { KindId } from '../domain';
import type { Point } from '../geometry-types';
import { placeManyActors } from './place-many';

export interface PlacedActor extends Point {
  id: string;
}

export interface Newcomer {
  id: string;
  kindId: KindId;
  name: string;
}

/** Above this many newcomers the layout takes fewer steps (rougher, but an import of thousands stays within seconds). */
const QUICK_ABOVE = 800;
const QUICK_STEPS = 40;
/**
 * Above this many newcomers they are laid out in a block by the order of their ties (place-many.ts): even the quick
 * force layout's finishing stages grow faster than the actors (5,000 newcomers with random ties took minutes).
 */
export const MANY_ABOVE = 1000;

/** Where each newcomer starts: the middle of its placed neighbours, else the right of the map (the layout moves it). */
function startPoints(
  placed: ReadonlyMap<string, Point>,
  newcomers: readonly Newcomer[],
  ties: readonly LayoutTie[],
  right: number,
  top: number,
): Map<string, Point> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const t of ties) {
    for (const [self, other] of [
      [t.fromId, t.toId],
      [t.toId, t.fromId],
    ] as const) {
      const p = placed.get(other);
      if (!p) continue;
      const s = sums.get(self) ?? { x: 0, y: 0, n: 0 };
      sums.set(self, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
    }
  }
  const out = new Map<string, Point>();
  newcomers.forEach((a, i) => {
    const s = sums.get(a.id);
    // A small spiral keeps newcomers off one spot (the layout has no randomness to split them).
    const spiral = { x: Math.cos(i * 2.4) * 40 * Math.sqrt(i), y: Math.sin(i * 2.4) * 40 * Math.sqrt(i) };
    out.set(
      a.id,
      s
        ? { x: s.x / s.n + spiral.x / 4, y: s.y / s.n + spiral.y / 4 }
        : { x: right + 400 + spiral.x, y: top + 300 + spiral.y },
    );
  });
  return out;
}

/** Positions for the newcomers, given the actors already on the map and every tie the map will have. */
export function placeNewActors(
  placed: readonly PlacedActor[],
  newcomers: readonly Newcomer[],
  ties: readonly LayoutTie[],
): Map<string, Point> {
  const result = new Map<string, Point>();
  if (newcomers.length === 0) return result;
  const placedById = new Map(placed.map((p) => [p.id, p]));
  const newIds = new Set(newcomers.map((a) => a.id));
  // Only the ties that touch a newcomer matter, and only placed actors at their other end take part (held still).
  const relevant = ties.filter((t) => newIds.has(t.fromId) || newIds.has(t.toId));
  const anchorIds = new Set<string>();
  for (const t of relevant) for (const id of [t.fromId, t.toId]) if (placedById.has(id)) anchorIds.add(id);
  if (newcomers.length > MANY_ABOVE) {
    let right = -Infinity;
    let top = Infinity;
    for (const p of placed) {
      right = Math.max(right, p.x + FULL_EXTENT.right);
      top = Math.min(top, p.y - FULL_EXTENT.top);
    }
    return placeManyActors(newcomers, ties, placed.length ? { right, top } : null);
  }
  const box = placed.length
    ? {
        x0: Math.min(...placed.map((p) => p.x)) - FULL_EXTENT.left,
        y0: Math.min(...placed.map((p) => p.y)) - FULL_EXTENT.top,
        x1: Math.max(...placed.map((p) => p.x)) + FULL_EXTENT.right,
        y1: Math.max(...placed.map((p) => p.y)) + FULL_EXTENT.bottom,
      }
    : null;
  const start = startPoints(placedById, newcomers, relevant, box?.x1 ?? 0, box?.y0 ?? 0);
  const input: LayoutActor[] = [
    ...[...anchorIds].map((id) => ({
      id,
      x: placedById.get(id)!.x,
      y: placedById.get(id)!.y,
      kindId: '',
      pinned: true,
    })),
    ...newcomers.map((a) => ({
      id: a.id,
      x: start.get(a.id)!.x,
      y: start.get(a.id)!.y,
      kindId: a.kindId,
      pinned: false,
      name: a.name,
    })),
  ];
  const layout = createForceLayout(input, relevant, {
    besides: box,
    ...(newcomers.length > QUICK_ABOVE ? { steps: QUICK_STEPS } : {}),
  });
  while (!layout.step(25));
  for (const p of layout.finish()) result.set(p.id, { x: p.x, y: p.y });
  // Last, clear of every actor already on the map, not only the ones tied to newcomers.
  const points: Point[] = [...placed.map((p) => ({ x: p.x, y: p.y })), ...newcomers.map((a) => result.get(a.id)!)];
  const extents: Extent[] = [...placed.map(() => FULL_EXTENT), ...newcomers.map((a) => actorExtent(a.name))];
  removeOverlaps(
    points,
    extents,
    points.map((_, i) => i >= placed.length),
    BOX_GAP + 1,
  );
  newcomers.forEach((a, i) => {
    const p = points[placed.length + i]!;
    result.set(a.id, { x: Math.round(p.x), y: Math.round(p.y) });
  });
  return result;
}
