// Where to put an actor added without a drop point: the centre of the view, or the nearest spot around it
// where it will not sit on top of another actor.
import { useFlowStore } from '../state/flow-store';
import { NODE_HEIGHT, NODE_WIDTH } from '../state/node-geometry';

const TRIES = 60;

function isFree(x: number, y: number): boolean {
  for (const { position } of useFlowStore.getState().nodes) {
    if (Math.abs(position.x - x) < NODE_WIDTH && Math.abs(position.y - y) < NODE_HEIGHT) return false;
  }
  return true;
}

/** Walks a widening spiral from `centre` (a golden-angle spiral covers the plane evenly). */
export function freeSpotNear(centre: { x: number; y: number }): { x: number; y: number } {
  for (let n = 0; n < TRIES; n++) {
    const angle = n * 2.39996;
    const radius = 60 * Math.sqrt(n);
    const spot = { x: centre.x + Math.cos(angle) * radius * 1.6, y: centre.y + Math.sin(angle) * radius };
    if (isFree(spot.x, spot.y)) return spot;
  }
  return centre;
}
