// Paints ties on a 2D canvas already transformed to map units: status is the line style, strength the width, filter
// and focus dim or hide, history marks recolour; with "Show each tie's type" on, the type is written on a halo at the
// curve's middle. Ties of one look share one path, so a view of a thousand ties is a few strokes.
import type { TieId } from '../../../../shared/domain';
import type { Point } from '../../../../shared/geometry-types';
import type { TieCurve } from '../../../../shared/render/tie-bends';
import { HALO_EM } from '../../../../shared/render/label-policy';
import { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from '../../../../shared/render/tie-style';
import { CHANGE_COLOUR } from '../../history/change-style';
import { useDocumentStore } from '../../state/document-store';
import { useEncodingStore } from '../../state/encoding-store';
import type { TieFlowEdge } from '../../state/flow-types';
import { useHistoryStore } from '../../state/history-store';
import { DIM, HIDDEN, tieLook, useVisibleStore } from '../../state/visible-ids';
import { TIE_LABEL_SCALE, useNameStore } from '../names/name-store';

const ARROW_LENGTH = 14;

export interface TieToPaint {
  edge: TieFlowEdge;
  curve: TieCurve;
}

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

interface Group {
  colour: string;
  width: number;
  dash: number[];
  alpha: number;
  lines: TieCurve[];
  heads: [Point, Point][];
}

export function paintTies(ctx: CanvasRenderingContext2D, items: Iterable<TieToPaint>): void {
  const visible = useVisibleStore.getState();
  const { tieStatusesById: statuses, ties, tieTypesById } = useDocumentStore.getState();
  const typeLabels = useEncodingStore.getState().tieLabels;
  const { hiddenTieLabels: hiddenLabels, fontPx } = useNameStore.getState();
  const { marks } = useHistoryStore.getState();
  const labels: { at: Point; text: string; alpha: number }[] = [];
  const groups = new Map<string, Group>();
  for (const { edge, curve } of items) {
    const look = tieLook(visible, edge.id);
    if (look === HIDDEN) continue;
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
}
