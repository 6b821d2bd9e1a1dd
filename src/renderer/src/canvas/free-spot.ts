// Where to put an actor added without a drop point: the centre of the view, or the nearest spot around it
// where it will not sit on top of another actor.
import { useFlowStore } from '../state/flow-store';
import { NODE_HEIGHT, NODE_WIDTH } from '../state/node-geometry';

const TRIES = 60;
/** Spots further below the middle than this share of half the view are left for last: the legend sits there. */
const LOW = 0.2;

function isFree(x: number, y: number): boolean {
  for (const { position } of useFlowStore.getState().nodes) {
    if (Math.abs(position.x - x) < NODE_WIDTH && Math.abs(position.y - y) < NODE_HEIGHT) return false;
  }
  return true;
}

/**
 * Walks a widening spiral from `centre` (a golden-angle spiral covers the plane evenly) and takes the first free spot still inside the view, so the new actor is seen; with none free there, the first free
 * spot at all.
 */
export function freeSpotNear(centre: { x: number; y: number; halfWidth?: number; halfHeight?: number }): {
  x: number;
  y: number;
} {
  const halfWidth = centre.halfWidth ?? Infinity;
  const halfHeight = centre.halfHeight ?? Infinity;
  // Wider than tall as most views are; a narrow view (panels open) gets a narrower spiral, so it finds spots in view.
  const stretch =
    Number.isFinite(halfWidth) && Number.isFinite(halfHeight)
      ? Math.min(1.6, Math.max(0.6, halfWidth / halfHeight))
      : 1.6;
  const spots = Array.from({ length: TRIES }, (_, n) => {
    const angle = n * 2.39996;
    const radius = 60 * Math.sqrt(n);
    return { x: centre.x + Math.cos(angle) * radius * stretch, y: centre.y + Math.sin(angle) * radius };
  });
  // In view, and not low down where the legend docks over the map.
  const inView = (s: { x: number; y: number }) =>
    Math.abs(s.x - centre.x) <= halfWidth - NODE_WIDTH / 2 &&
    s.y - centre.y >= -(halfHeight - NODE_HEIGHT / 2) &&
    s.y - centre.y <= Math.min(halfHeight - NODE_HEIGHT / 2, LOW * halfHeight);
  return (
    spots.find((s) => inView(s) && isFree(s.x, s.y)) ??
    spots.find((s) => isFree(s.x, s.y)) ?? { x: centre.x, y: centre.y }
  );
}
