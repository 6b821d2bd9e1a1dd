// Align and distribute the selection, the way drawing programs do; pinned actors stay where they are.
import type { LayoutActor, Placement } from './layout-types';

export const ALIGN_EDGES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
export type AlignEdge = (typeof ALIGN_EDGES)[number];
export const DISTRIBUTE_AXES = ['horizontal', 'vertical'] as const;
export type DistributeAxis = (typeof DISTRIBUTE_AXES)[number];

const HORIZONTAL: ReadonlySet<AlignEdge> = new Set(['left', 'centre', 'right']);

/**
 * Lines the actors up on one edge or centre line of the whole selection (pinned actors included in working out where
 * that line is, so the others line up with them). Every actor box is the same size, so lining up the points is the
 * same as lining up the boxes' edges.
 */
export function align(actors: readonly LayoutActor[], edge: AlignEdge): Placement[] {
  if (actors.length < 2) return [];
  const horizontal = HORIZONTAL.has(edge);
  const values = actors.map((a) => (horizontal ? a.x : a.y));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const target =
    edge === 'left' || edge === 'top' ? min : edge === 'right' || edge === 'bottom' ? max : Math.round((min + max) / 2);
  return actors
    .filter((a) => !a.pinned)
    .map((a) => (horizontal ? { id: a.id, x: target, y: a.y } : { id: a.id, x: a.x, y: target }));
}

/**
 * Spaces the actors evenly between the first and the last along an axis, keeping their order. A pinned actor keeps
 * its place (its slot stays where the even spacing puts it, so the rest stay evenly spaced).
 */
export function distribute(actors: readonly LayoutActor[], axis: DistributeAxis): Placement[] {
  if (actors.length < 3) return [];
  const key = axis === 'horizontal' ? 'x' : 'y';
  const sorted = [...actors].sort((a, b) => a[key] - b[key] || a.id.localeCompare(b.id));
  const first = sorted[0]![key];
  const step = (sorted[sorted.length - 1]![key] - first) / (sorted.length - 1);
  return sorted
    .map((a, i) => ({ a, at: Math.round(first + step * i) }))
    .filter(({ a }, i) => !a.pinned && i > 0 && i < sorted.length - 1)
    .map(({ a, at }) => (key === 'x' ? { id: a.id, x: at, y: a.y } : { id: a.id, x: a.x, y: at }));
}
