// Actors moved with the arrow keys are saved shortly after the last key press, marked with their burst: presses less
// than BURST_GAP_MS apart are one burst, and the server joins a burst's saves of the same actors into one undo step
// (the history policy in README). The gap is timed here, at the keys, so a slow save never splits a burst.
import type { NodeChange } from '@xyflow/react';
import type { ActorId } from '../../../shared/domain';
import { flushBeforeHistoryStep, moveActors } from '../state/edits';
import { holdPositions, useFlowStore } from '../state/flow-store';
import type { ActorFlowNode } from '../state/flow-types';

const SETTLE_MS = 300;
export const BURST_GAP_MS = 1000;
let burst = '';
let lastPress = -Infinity;
const pending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** Saves sent and not yet answered: until the last is, the canvas keeps the positions the keys have reached. */
let inFlight = 0;

function flush(): void {
  clearTimeout(timer);
  if (pending.size === 0) return;
  const { nodes } = useFlowStore.getState();
  const moves = nodes
    .filter((n) => pending.has(n.id))
    .map((n) => ({ id: n.id as ActorId, x: n.position.x, y: n.position.y }));
  pending.clear();
  inFlight += 1;
  void moveActors(moves, burst).finally(() => {
    inFlight -= 1;
    if (inFlight === 0 && pending.size === 0) holdPositions(null);
  });
}

flushBeforeHistoryStep(flush);

/** A position change outside a pointer drag can only come from the keyboard (React Flow's arrow keys). */
export function trackKeyboardMoves(changes: NodeChange<ActorFlowNode>[]): void {
  if (useFlowStore.getState().draggingIds) return;
  let moved = false;
  for (const change of changes) {
    if (change.type === 'position' && change.position && !change.dragging) {
      pending.add(change.id);
      moved = true;
    }
  }
  if (!moved) return;
  const now = performance.now();
  if (now - lastPress > BURST_GAP_MS) burst = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  lastPress = now;
  // A save answered mid-burst carries where the actor was when it was sent; the keys have moved it on since.
  holdPositions(pending);
  clearTimeout(timer);
  timer = setTimeout(flush, SETTLE_MS);
}
