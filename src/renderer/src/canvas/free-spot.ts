// Where to put an actor added without a drop point: the centre of the view, or the nearest spot around it
// where it will not sit on top of another actor.
import { useFlowStore } from '../state/flow-store';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

const TRIES = 60;

function isFree(x: number, y: number): boolean {
  for (const { position } of useFlowStore.getState().nodes) {
    if (Math.abs(position.x - x) < NODE_WIDTH && Math.abs(position.y - y) < NODE_HEIGHT) return false;
  }
  return true;
}

/**
 * Walks a widening spiral from `centre` (a golden-angle spiral covers the plane evenly), shaped like the view, and
 * takes the first free spot still inside the view, so the new actor is seen; with none free there, the first free
 * spot at all.
 */
export function freeSpotNear(centre: { x: number; y: number; halfWidth?: number; halfHeight?: number }): { x: number; y: number } {
  const halfWidth = centre.halfWidth ?? Infinity;
  const halfHeight = centre.halfHeight ?? Infinity;
  // Wider than tall by default, as most views are; a narrow view (panels open) gets a tall spiral.
  const stretch = Number.isFinite(halfWidth) && Number.isFinite(halfHeight) ? Math.min(3, Math.max(0.5, halfWidth / halfHeight)) : 1.6;
  const spots = Array.from({ length: TRIES }, (_, n) => {
    const angle = n * 2.39996;
    const radius = 60 * Math.sqrt(n);
    return { x: centre.x + Math.cos(angle) * radius * stretch, y: centre.y + Math.sin(angle) * radius };
  });
  const inView = (s: { x: number; y: number }) => Math.abs(s.x - centre.x) <= halfWidth - NODE_WIDTH / 2 && Math.abs(s.y - centre.y) <= halfHeight - NODE_HEIGHT / 2;
  return spots.find((s) => inView(s) && isFree(s.x, s.y)) ?? spots.find((s) => isFree(s.x, s.y)) ?? { x: centre.x, y: centre.y };
}
