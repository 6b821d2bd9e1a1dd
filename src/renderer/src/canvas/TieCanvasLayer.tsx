// Zoomed out: all ties on one <canvas> that moves with the viewport, so panning redraws nothing.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useFlowStore } from '../state/flow-store';
import type { ActorFlowNode } from '../state/flow-types';
import { boundsOf, drawTies, positionsOf } from './draw-ties';
import { useZoomStep } from './lod';
import { LiveTies } from './LiveTies';

/** Canvas backing stores beyond this many pixels a side are slow or refused; past it the lines get softer. */
const MAX_SIDE = 4096;
const MARGIN = 60;

export function TieCanvasLayer() {
  const zoom = useZoomStep();
  const { nodes, edges, draggingIds } = useFlowStore(
    useShallow((s) => ({ nodes: s.nodes, edges: s.edges, draggingIds: s.draggingIds })),
  );
  // While a drag is under way the static layer keeps the positions from before it; LiveTies draws the moving ties.
  const resting = useRef<ActorFlowNode[]>(nodes);
  if (!draggingIds) resting.current = nodes;
  const restingNodes = resting.current;
  const bounds = useMemo(() => boundsOf(restingNodes, MARGIN), [restingNodes]);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const scale = Math.min(zoom * (window.devicePixelRatio || 1), MAX_SIDE / bounds.width, MAX_SIDE / bounds.height);
    canvas.width = Math.max(1, Math.ceil(bounds.width * scale));
    canvas.height = Math.max(1, Math.ceil(bounds.height * scale));
    ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
    drawTies(ctx, edges, positionsOf(restingNodes), zoom, draggingIds);
  }, [restingNodes, edges, zoom, draggingIds, bounds]);

  return (
    <ViewportPortal>
      <canvas
        ref={canvasRef}
        className="tie-layer"
        aria-hidden="true"
        style={{ left: bounds.x, top: bounds.y, width: bounds.width, height: bounds.height }}
      />
      {draggingIds && <LiveTies nodes={nodes} edges={edges} draggingIds={draggingIds} />}
    </ViewportPortal>
  );
}
