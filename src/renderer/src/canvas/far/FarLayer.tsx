// Zoomed out on a big map: every actor and tie on one <canvas> inside the viewport, so panning redraws nothing.
import { useLayoutEffect, useMemo, useState } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { useActorEncoding } from '../../state/actor-encoding';
import { useFlowStore } from '../../state/flow-store';
import { actorLook, tieLook, useVisibleStore } from '../../state/visible-ids';
import { useZoomStep } from '../lod';
import { dotRadius } from './dot-size';
import { boundsOf, drawDots, drawTies } from './draw-far';
import { bendsOf } from '../ties/bends';
import { FarOverlay } from './FarOverlay';
import { useHistoryStore } from '../../state/history-store';
import { FarPins } from '../../layout/FarPins';

/** Canvas backing stores beyond this many pixels a side are slow or refused; past it lines get softer. */
const MAX_SIDE = 4096;

export function FarLayer() {
  const zoom = useZoomStep();
  const kinds = useDocumentStore((s) => s.kindsById);
  const statuses = useDocumentStore((s) => s.tieStatusesById);
  const visible = useVisibleStore();
  const { scales, colours } = useActorEncoding(useShallow((s) => ({ scales: s.scale, colours: s.colour })));
  const { nodes, edges, draggingIds } = useFlowStore(
    useShallow((s) => ({ nodes: s.nodes, edges: s.edges, draggingIds: s.draggingIds })),
  );
  const marks = useHistoryStore((s) => s.marks);
  const radius = dotRadius(zoom);
  const bounds = useMemo(() => boundsOf(nodes, radius * 2), [nodes, radius]);
  // A callback ref: the portal's target appears a render after React Flow mounts, and the canvas with it.
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);

  useLayoutEffect(() => {
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const scale = Math.min(zoom * (window.devicePixelRatio || 1), MAX_SIDE / bounds.width, MAX_SIDE / bounds.height);
    canvas.width = Math.max(1, Math.ceil(bounds.width * scale));
    canvas.height = Math.max(1, Math.ceil(bounds.height * scale));
    ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
    const options = {
      zoom,
      radius,
      skip: draggingIds,
      actorLook: (id: string) => actorLook(visible, id),
      tieLook: (id: string) => tieLook(visible, id),
      statuses,
      scale: scales,
      colour: colours,
      marks,
    };
    // Ties sharing two actors curve apart here too, as up close.
    drawTies(ctx, edges, new Map(nodes.map((n) => [n.id, n.position])), {
      ...options,
      bends: bendsOf(useDocumentStore.getState().ties),
    });
    const counts = drawDots(ctx, nodes, kinds, options);
    // For the bench and tests: what this drawing shows, read once the frame is painted.
    canvas.dataset.drawnActors = String(counts.drawn);
    canvas.dataset.fullActors = String(counts.full);
    canvas.dataset.markedActors = String(counts.marked);
  }, [canvas, nodes, edges, kinds, zoom, radius, draggingIds, bounds, visible, statuses, scales, colours, marks]);

  return (
    <ViewportPortal>
      <canvas
        ref={setCanvas}
        className="far-layer"
        role="img"
        aria-label={`The whole map: ${nodes.length} actors and ${edges.length} ties. Zoom in to see names.`}
        style={{ left: bounds.x, top: bounds.y, width: bounds.width, height: bounds.height }}
      />
      <FarPins radius={radius} zoom={zoom} />
      <FarOverlay radius={radius} />
    </ViewportPortal>
  );
}
