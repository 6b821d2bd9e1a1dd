// Zoomed out on a big map: every actor and tie on one <canvas> inside the viewport, so panning redraws nothing, and
// an edit or a drag repaints only the pixels it changed (far-painter.ts).
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { useActorEncoding } from '../../state/actor-encoding';
import { useFlowStore } from '../../state/flow-store';
import { actorLook, tieLook, useVisibleStore } from '../../state/visible-ids';
import { useZoomStep } from '../lod';
import { dotRadius } from './dot-size';
import { boundsOf } from './draw-far';
import { FarPainter } from './far-painter';
import { SceneBuilder } from './scene-builder';
import { bendsOf } from '../ties/bends';
import { FarOverlay } from './FarOverlay';
import { useHistoryStore } from '../../state/history-store';
import { FarPins } from '../../layout/FarPins';

export function FarLayer() {
  const zoom = useZoomStep();
  const kinds = useDocumentStore((s) => s.kindsById);
  const statuses = useDocumentStore((s) => s.tieStatusesById);
  const ties = useDocumentStore((s) => s.ties);
  const visible = useVisibleStore();
  const { scales, colours } = useActorEncoding(useShallow((s) => ({ scales: s.scale, colours: s.colour })));
  const { nodes, edges, draggingIds } = useFlowStore(
    useShallow((s) => ({ nodes: s.nodes, edges: s.edges, draggingIds: s.draggingIds })),
  );
  const marks = useHistoryStore((s) => s.marks);
  const radius = dotRadius(zoom);
  const bounds = useMemo(() => boundsOf(nodes, radius * 2), [nodes, radius]);
  // Ties sharing two actors curve apart here too, as up close.
  const bends = useMemo(() => bendsOf(ties), [ties]);
  // A callback ref: the portal's target appears a render after React Flow mounts, and the canvas with it.
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const painter = useRef<FarPainter | null>(null);
  const builder = useRef(new SceneBuilder());

  useLayoutEffect(() => {
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    if (!painter.current) painter.current = new FarPainter(canvas, ctx);
    // The visible store's parts, not its object: it is replaced on every edit even when no filter, focus or search is on.
    const { filtered, hideFilteredOut, focusActors, focusTies, found } = visible;
    const looks: unknown[] = [zoom, radius, filtered, hideFilteredOut, focusActors, focusTies, found];
    looks.push(statuses, kinds, scales, colours, marks, bends);
    const update = builder.current.update(
      nodes,
      edges,
      {
        zoom,
        radius,
        skip: draggingIds,
        actorLook: (id: string) => actorLook(visible, id),
        tieLook: (id: string) => tieLook(visible, id),
        statuses,
        kinds,
        scale: scales,
        colour: colours,
        marks,
        bends,
      },
      looks,
    );
    const { scene } = update;
    const p = painter.current;
    p.paint(update, bounds, zoom, radius, window.devicePixelRatio || 1, (marks?.size ?? 0) > 0);
    // For the bench and tests: what this drawing shows, and how it was painted, read once the frame is painted.
    canvas.dataset.drawnActors = String(scene.drawn);
    canvas.dataset.fullActors = String(scene.full);
    canvas.dataset.markedActors = String(p.marked);
    canvas.dataset.wholePaints = String(p.wholes);
    canvas.dataset.patches = String(p.patches);
  }, [
    canvas,
    nodes,
    edges,
    kinds,
    zoom,
    radius,
    draggingIds,
    bounds,
    visible,
    statuses,
    scales,
    colours,
    marks,
    bends,
  ]);

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
