// Runs the force layout off the page's thread: steps in short slices, posts a frame after each, answers 'stop' between slices.
import { createForceLayout, type ForceLayout } from '../../../shared/layout';
import type { ForceReply, ForceRequest } from './force-messages';

/** Work per slice: short enough that a 'stop' is heard quickly and frames arrive smoothly. */
const SLICE_MS = 30;
const STEPS = 5;

let layout: ForceLayout | null = null;
let ticks = 0;
let startedAt = 0;

const post = (reply: ForceReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

function finish(stopped: boolean): void {
  if (!layout) return;
  const placements = layout.finish();
  layout = null;
  post({ type: 'done', placements, stopped, ticks, ms: Math.round(performance.now() - startedAt) });
}

function slice(): void {
  if (!layout) return;
  const until = performance.now() + SLICE_MS;
  let settled = false;
  while (!settled && performance.now() < until) {
    // A few steps at a time: each call sets ForceAtlas2 up again, so single steps would waste time on big maps.
    settled = layout.step(STEPS);
    ticks += STEPS;
  }
  const positions = layout.positions();
  post({ type: 'frame', positions, tick: ticks }, [positions.buffer]);
  if (settled) finish(false);
  else setTimeout(slice, 0);
}

self.onmessage = (event: MessageEvent<ForceRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'start') {
      layout = createForceLayout(request.actors, request.ties, { only: request.only ? new Set(request.only) : null });
      ticks = 0;
      startedAt = performance.now();
      slice();
    } else {
      finish(true);
    }
  } catch (error) {
    layout = null;
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
