// The overview in the corner: every actor as a coloured point, and a frame for the part of the map in view.
// Click or drag in it to move the view. One canvas, redrawn on edits; the frame follows pans without React.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Panel, useOnViewportChange, useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import { useFlowStore } from '../state/flow-store';
import type { ActorFlowNode } from '../state/flow-types';
import { boundsOf } from './far/draw-far';
import type { Bounds } from '../../../shared/geometry-types';
import { writeOverviewPixels } from './overview-pixels';

const WIDTH = 200;
const HEIGHT = 140;
const MARGIN = 120;

function viewOf(s: ReactFlowState): Bounds {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

function union(a: Bounds, b: Bounds): Bounds {
  if (b.width <= 0 || b.height <= 0) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}
const sizeOf = (s: ReactFlowState) => `${s.width}x${s.height}`;

export function Overview() {
  const nodes = useFlowStore((s) => s.nodes);
  const dragging = useFlowStore((s) => s.draggingIds !== null);
  const kinds = useDocumentStore((s) => s.kindsById);
  // Mid-drag the overview keeps the positions from before the drag; it catches up when the drag ends.
  const resting = useRef<ActorFlowNode[]>(nodes);
  if (!dragging) resting.current = nodes;
  const restingNodes = resting.current;
  const store = useStoreApi();
  // The overview shows the map and the view together; it re-fits when a pan or zoom ends, not during it.
  const [settled, setSettled] = useState(0);
  useOnViewportChange({ onEnd: useCallback(() => setSettled((n) => n + 1), []) });
  const size = useStore(sizeOf);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- size and settled say when to re-read the viewport, which lives in the flow store, not in React state
  const view = useMemo(() => viewOf(store.getState()), [store, size, settled]);
  const layout = useMemo(() => {
    const b = union(boundsOf(restingNodes, MARGIN), view);
    const scale = Math.min(WIDTH / b.width, HEIGHT / b.height);
    return { scale, x: b.x - (WIDTH / scale - b.width) / 2, y: b.y - (HEIGHT / scale - b.height) / 2 };
  }, [restingNodes, view]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const { setCenter } = useReactFlow();

  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const image = ctx.createImageData(ctx.canvas.width, ctx.canvas.height);
    const size = Math.max(2, Math.min(6, 44 * layout.scale)) * dpr;
    const colourOf = (node: ActorFlowNode) => kinds.get(node.data.kindId)?.colour ?? '#8a94a3';
    const scaled = { ...layout, scale: layout.scale * dpr };
    writeOverviewPixels(image.data, image.width, image.height, restingNodes, colourOf, scaled, size);
    ctx.putImageData(image, 0, 0);
  }, [restingNodes, kinds, layout]);

  useEffect(() => {
    const place = (s: ReactFlowState) => {
      const frame = frameRef.current;
      if (!frame) return;
      const v = viewOf(s);
      frame.style.left = `${(v.x - layout.x) * layout.scale}px`;
      frame.style.top = `${(v.y - layout.y) * layout.scale}px`;
      frame.style.width = `${v.width * layout.scale}px`;
      frame.style.height = `${v.height * layout.scale}px`;
    };
    place(store.getState());
    return store.subscribe(place);
  }, [store, layout]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left) / layout.scale + layout.x;
    const y = (event.clientY - rect.top) / layout.scale + layout.y;
    void setCenter(x, y, { zoom: store.getState().transform[2] });
  };

  return (
    <Panel position="bottom-right" className="overview">
      <div
        className="overview__map"
        role="img"
        aria-label="Overview of the whole map; click to move the view there"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) moveTo(e);
        }}
      >
        <canvas
          ref={canvasRef}
          width={WIDTH * (window.devicePixelRatio || 1)}
          height={HEIGHT * (window.devicePixelRatio || 1)}
          style={{ width: WIDTH, height: HEIGHT }}
        />
        <div ref={frameRef} className="overview__frame" />
      </div>
    </Panel>
  );
}
