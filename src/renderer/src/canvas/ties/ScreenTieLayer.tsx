// Up close on a big map: ties on one canvas the size of the view, redrawn each frame with just the ties whose
// lines cross the view. React Flow would otherwise render every tie whose bounding box touches the view as
// its own SVG, and on big maps long ties make that thousands. Selected ties are still drawn by React Flow.
// Status is the line style, strength the width; filter and focus dim or hide. Ties sharing two actors curve apart
// (shared/render/tie-bends.ts); with "Show each tie's type" on, the type is written on a halo at the curve's middle.
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { TieId } from '../../../../shared/domain';
import { useDocumentStore } from '../../state/document-store';
import { useFlowStore } from '../../state/flow-store';
import { DIM, HIDDEN, tieLook, useVisibleStore } from '../../state/visible-ids';
import { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from '../../../../shared/render/tie-style';
import { TIE_CLEARANCE } from '../../state/node-geometry';
import type { Point } from '../../../../shared/geometry-types';
import { tieCurve, type TieCurve } from '../../../../shared/render/tie-bends';
import { HALO_EM } from '../../../../shared/render/label-policy';
import { useEncodingStore } from '../../state/encoding-store';
import { TIE_LABEL_SCALE, useNameStore } from '../names/name-store';
import { bendsOf } from './bends';
import { positionsOf } from './positions';
import { segmentCrossesRect } from './tie-geometry';
import { useHistoryStore } from '../../state/history-store';
import { CHANGE_COLOUR } from '../../history/change-style';

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

/** Tie types on a white halo: the halo stroked first, then the letters over it. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly { at: Point; text: string; alpha: number }[],
  fontPx: number,
): void {
  if (labels.length === 0) return;
  ctx.font = `600 ${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.setLineDash([]);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2 * HALO_EM * fontPx;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#3a4350';
  for (const { at, text, alpha } of labels) {
    ctx.globalAlpha = alpha;
    ctx.strokeText(text, at.x, at.y);
    ctx.fillText(text, at.x, at.y);
  }
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
      const visible = useVisibleStore.getState();
      const { tieStatusesById: statuses, ties, tieTypesById } = useDocumentStore.getState();
      const bends = bendsOf(ties);
      const typeLabels = useEncodingStore.getState().tieLabels;
      const { hiddenTieLabels: hiddenLabels, fontPx } = useNameStore.getState();
      const labels: { at: Point; text: string; alpha: number }[] = [];
      const { marks } = useHistoryStore.getState();
      type Group = {
        colour: string;
        width: number;
        dash: number[];
        alpha: number;
        lines: TieCurve[];
        heads: [Point, Point][];
      };
      const groups = new Map<string, Group>();
      for (const edge of edges) {
        if (edge.selected) continue;
        const look = tieLook(visible, edge.id);
        if (look === HIDDEN) continue;
        const from = positions.get(edge.source);
        const to = positions.get(edge.target);
        const curve = from && to ? tieCurve(from, to, bends.get(edge.id) ?? 0, TIE_CLEARANCE, TIE_CLEARANCE) : null;
        // The curve lies inside the triangle of its ends and control point: test the two sides through the control.
        if (
          !curve ||
          !(segmentCrossesRect(curve.start, curve.control, view) || segmentCrossesRect(curve.control, curve.end, view))
        )
          continue;
        const mark = marks.get(edge.id);
        const colour = mark ? CHANGE_COLOUR[mark] : (edge.data?.colour ?? '#5b6675');
        const style = mark === 'removed' ? 'dashed' : lineStyleOf(edge.data?.statusId ?? null, statuses);
        const width = STRENGTH_WIDTH[edge.data?.strength ?? 'medium'];
        const key = `${colour}|${style}|${width}|${look}`;
        let group = groups.get(key);
        if (!group) {
          group = {
            colour,
            width,
            dash: dashArray(style, width),
            alpha: look === DIM ? DIM_ALPHA : 1,
            lines: [],
            heads: [],
          };
          groups.set(key, group);
        }
        group.lines.push(curve);
        // Arrowheads point along the curve's ends, which run towards the control point.
        if (edge.data?.direction !== 'none') group.heads.push([curve.end, curve.control]);
        if (edge.data?.direction === 'mutual') group.heads.push([curve.start, curve.control]);
        const typeId = typeLabels && !hiddenLabels.has(edge.id) ? ties.get(edge.id as TieId)?.tieTypeId : null;
        const text = typeId ? tieTypesById.get(typeId)?.name : undefined;
        if (text) labels.push({ at: curve.mid, text, alpha: look === DIM ? DIM_ALPHA : 1 });
      }
      ctx.lineJoin = 'round';
      for (const { colour, width, dash, alpha, lines, heads } of groups.values()) {
        ctx.strokeStyle = colour;
        ctx.lineWidth = width;
        ctx.globalAlpha = alpha;
        ctx.setLineDash(dash);
        ctx.beginPath();
        for (const { start, control, end } of lines) {
          ctx.moveTo(start.x, start.y);
          ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
        }
        ctx.stroke();
        // Arrowheads solid, so a dotted tie still shows its direction.
        ctx.setLineDash([]);
        ctx.lineWidth = Math.max(width, 1.5);
        ctx.beginPath();
        for (const [tip, tail] of heads) arrow(ctx, tip, tail);
        ctx.stroke();
      }
      drawLabels(ctx, labels, fontPx * TIE_LABEL_SCALE);
      ctx.globalAlpha = 1;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    const stopView = store.subscribe(schedule);
    const stopFlow = useFlowStore.subscribe(schedule);
    const stopVisible = useVisibleStore.subscribe(schedule);
    const stopDocument = useDocumentStore.subscribe(schedule);
    const stopMarks = useHistoryStore.subscribe(schedule);
    const stopEncoding = useEncodingStore.subscribe(schedule);
    const stopNames = useNameStore.subscribe(schedule);
    return () => {
      stopVisible();
      stopDocument();
      stopMarks();
      stopEncoding();
      stopNames();
      cancelAnimationFrame(frame);
      stopView();
      stopFlow();
    };
  }, [store]);

  return <canvas ref={canvasRef} className="screen-tie-layer" aria-hidden="true" />;
}
