// Runs the force layout in its worker and shows it moving: each frame goes to the canvas as a preview (React Flow's
// nodes, so up-close nodes, the tie layer and the zoomed-out far layer all draw it) and nothing is saved until the
// layout settles or Stop is pressed; then one actors.move saves where it got to, as one undo step.
import type { ActorId } from '../../../shared/domain';
import { selection, useFlowStore } from '../state/flow-store';
import { announce, requestFitView, showError } from '../state/session-store';
import { restorePositions } from '../state/flow-store';
import { applyLayout } from './apply-layout';
import type { ForceReply, ForceRequest } from './force-messages';
import { layoutActors, layoutTies } from './layout-input';
import { useLayoutStore } from './layout-store';
import { showGuides } from './layout-guides';

let worker: Worker | null = null;
let order: string[] = [];
let latest: Float64Array | null = null;
let frameRequested = false;
let lastDrawn = 0;
/**
 * At most this often the preview is redrawn: moving 2,000 actors re-renders React Flow, the minimap and the far
 * layer, so drawing every animation frame would leave the page no time to answer the Stop button.
 */
const PREVIEW_MS = 100;
/** Big maps cost more per redraw, so they are redrawn less often: 2,000 actors every 200 ms. */
const previewEvery = (actors: number) => Math.max(PREVIEW_MS, actors / 10);

/** Draws the newest frame, however fast the worker posts. */
function drawLatest(): void {
  frameRequested = false;
  lastDrawn = performance.now();
  if (!latest || !worker) return;
  const positions = latest;
  latest = null;
  const index = new Map(order.map((id, i) => [id, i]));
  useFlowStore.setState((s) => ({
    nodes: s.nodes.map((n) => {
      const i = index.get(n.id);
      return i === undefined ? n : { ...n, position: { x: positions[i * 2]!, y: positions[i * 2 + 1]! } };
    }),
  }));
}

function end(): void {
  worker?.terminate();
  worker = null;
  latest = null;
  useLayoutStore.setState({ running: false, moving: 0 });
}

function onReply(event: MessageEvent<ForceReply>): void {
  const reply = event.data;
  if (reply.type === 'frame') {
    latest = reply.positions;
    if (!frameRequested) {
      frameRequested = true;
      const wait = Math.max(0, previewEvery(order.length) - (performance.now() - lastDrawn));
      setTimeout(() => requestAnimationFrame(drawLatest), wait);
    }
  } else if (reply.type === 'done') {
    end();
    // The layout may have packed groups beside the map: show all of it.
    void applyLayout(
      reply.stopped ? 'Arrange automatically (stopped)' : 'Arrange automatically',
      reply.placements,
      pinnedCount,
    ).then(requestFitView);
  } else {
    const ids = order;
    end();
    restorePositions(ids);
    showError(`The automatic layout stopped unexpectedly (${reply.message}). Nothing was changed.`);
  }
}

let pinnedCount = 0;

/**
 * Starts the force layout on the selection (two or more actors chosen) or the whole map. Pinned actors stay where
 * they are; actors outside the selection hold still but keep their room.
 */
export function startForceLayout(): void {
  if (worker) return;
  const chosen = selection().actorIds;
  const only = chosen.length >= 2 ? new Set<string>(chosen) : null;
  const actors = layoutActors();
  if (actors.length === 0) return announce('There are no actors to arrange yet.');
  const moving = actors.filter((a) => !a.pinned && (!only || only.has(a.id))).length;
  pinnedCount = actors.filter((a) => a.pinned && (!only || only.has(a.id))).length;
  if (moving === 0) return announce('Every actor to arrange is pinned in place. Unpin some first.');
  order = actors.map((a) => a.id);
  showGuides(null);
  worker = new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = onReply;
  worker.onerror = (event) =>
    onReply(new MessageEvent('message', { data: { type: 'error', message: event.message || 'no reason given' } }));
  useLayoutStore.setState({ running: true, moving });
  const request: ForceRequest = { type: 'start', actors, ties: layoutTies(), only: only ? [...only] : null };
  worker.postMessage(request);
  announce(`Arranging ${moving} actor${moving === 1 ? '' : 's'}… Press Stop to keep them where they are.`);
}

/** Stop: keep where the layout got to, saved as one undo step. */
export function stopForceLayout(): void {
  const request: ForceRequest = { type: 'stop' };
  worker?.postMessage(request);
}

/** Cancel: throw the preview away, nothing saved. */
export function cancelForceLayout(): void {
  if (!worker) return;
  const ids = order as ActorId[];
  end();
  restorePositions(ids);
  announce('Automatic layout cancelled; nothing was moved.');
}
