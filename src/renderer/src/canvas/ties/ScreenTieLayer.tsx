// Up close on a big map: ties on one canvas the size of the view, redrawn each frame with just the ties whose
// lines cross the view. React Flow would otherwise render every tie whose bounding box touches the view as
// its own SVG, and on big maps long ties make that thousands. Selected ties are still drawn by React Flow.
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useFlowStore } from '../../state/flow-store';
import { TIE_CLEARANCE, trimmedSegment, type Point } from '../geometry';
import { positionsOf } from './positions';
import { segmentCrossesRect } from './tie-geometry';

const LINE_WIDTH = 2.5;
const ARROW_LENGTH = 14;

/** An open chevron, stroked with the lines in the same path: a thousand filled triangles per frame cost far more. */
function arrow(ctx: CanvasRenderingContext2D, tip: Point, tail: Point): void {
  const d = Math.hypot(tip.x - tail.x, tip.y - tail.y) || 1;
  const ux = (tip.x - tail.x) / d;
  const uy = (tip.y - tail.y) / d;
  const half = ARROW_LENGTH * 0.45;
  ctx.moveTo(tip.x - ux * ARROW_LENGTH - uy * half, tip.y - uy * ARROW_LENGTH + ux * half);
  ctx.lineTo(tip.x, tip.y);
  ctx.lineTo(tip.x - ux * ARROW_LENGTH + uy * half, tip.y - uy * ARROW_LENGTH - ux * half);
}

export function ScreenTieLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
      const view = { x0: -tx / zoom, y0: -ty / zoom, x1: (width - tx) / zoom, y1: (height - ty) / zoom };
      const { nodes, edges } = useFlowStore.getState();
      const positions = positionsOf(nodes);
      const groups = new Map<string, { lines: [Point, Point][]; heads: [Point, Point][] }>();
      for (const edge of edges) {
        if (edge.selected) continue;
        const from = positions.get(edge.source);
        const to = positions.get(edge.target);
        const segment = from && to ? trimmedSegment(from, to, TIE_CLEARANCE) : null;
        if (!segment || !segmentCrossesRect(segment[0], segment[1], view)) continue;
        const colour = edge.data?.colour ?? '#5b6675';
        let group = groups.get(colour);
        if (!group) groups.set(colour, (group = { lines: [], heads: [] }));
        group.lines.push(segment);
        if (edge.data?.direction !== 'none') group.heads.push([segment[1], segment[0]]);
        if (edge.data?.direction === 'mutual') group.heads.push(segment);
      }
      ctx.lineWidth = LINE_WIDTH;
      ctx.lineJoin = 'round';
      for (const [colour, { lines, heads }] of groups) {
        ctx.strokeStyle = colour;
        ctx.beginPath();
        for (const [a, b] of lines) {
          ctx.moveTo(a.x, a.y);
          ctx.lineTo(b.x, b.y);
        }
        for (const [tip, tail] of heads) arrow(ctx, tip, tail);
        ctx.stroke();
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    const stopView = store.subscribe(schedule);
    const stopFlow = useFlowStore.subscribe(schedule);
    return () => {
      cancelAnimationFrame(frame);
      stopView();
      stopFlow();
    };
  }, [store]);

  return <canvas ref={canvasRef} className="screen-tie-layer" aria-hidden="true" />;
}
