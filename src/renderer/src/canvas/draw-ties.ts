// Draws many ties as a few canvas paths (one per colour), for the zoomed-out view of big maps.
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { trimmedSegment, type Point } from './geometry';

/** Dots are DOT_RADIUS flow units wide when far; ties stop at their edge. */
export const DOT_RADIUS = 22;
/** Arrowheads need a few pixels to read as arrows; below this zoom step they are left out. */
const ARROW_MIN_ZOOM = 0.2;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function positionsOf(nodes: readonly ActorFlowNode[]): Map<string, Point> {
  return new Map(nodes.map((n) => [n.id, n.position]));
}

export function boundsOf(nodes: readonly ActorFlowNode[], margin: number): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of nodes) {
    if (position.x < minX) minX = position.x;
    if (position.y < minY) minY = position.y;
    if (position.x > maxX) maxX = position.x;
    if (position.y > maxY) maxY = position.y;
  }
  if (minX > maxX) return { x: 0, y: 0, width: 1, height: 1 };
  return { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin };
}

function arrowhead(ctx: CanvasRenderingContext2D, tip: Point, tail: Point, length: number): void {
  const dx = tip.x - tail.x;
  const dy = tip.y - tail.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const half = length * 0.45;
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(tip.x - ux * length - uy * half, tip.y - uy * length + ux * half);
  ctx.lineTo(tip.x - ux * length + uy * half, tip.y - uy * length - ux * half);
  ctx.closePath();
}

/**
 * Strokes every tie not touching `skip` (actors being dragged, drawn live elsewhere).
 * The context must already map flow coordinates to canvas pixels; `zoom` sets line width and arrow size in screen pixels.
 */
export function drawTies(
  ctx: CanvasRenderingContext2D,
  edges: readonly TieFlowEdge[],
  positions: ReadonlyMap<string, Point>,
  zoom: number,
  skip: ReadonlySet<string> | null,
): void {
  const byColour = new Map<string, TieFlowEdge[]>();
  for (const edge of edges) {
    if (skip && (skip.has(edge.source) || skip.has(edge.target))) continue;
    const colour = edge.data?.colour ?? '#5b6675';
    const group = byColour.get(colour);
    if (group) group.push(edge);
    else byColour.set(colour, [edge]);
  }
  const arrows = zoom >= ARROW_MIN_ZOOM;
  const arrowLength = 9 / zoom;
  ctx.lineWidth = 1.3 / zoom;
  ctx.globalAlpha = 0.7;
  for (const [colour, group] of byColour) {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.beginPath();
    const heads: [Point, Point][] = [];
    for (const edge of group) {
      const from = positions.get(edge.source);
      const to = positions.get(edge.target);
      if (!from || !to) continue;
      const segment = trimmedSegment(from, to, DOT_RADIUS);
      if (!segment) continue;
      const [a, b] = segment;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      if (!arrows || edge.data?.direction === 'none') continue;
      heads.push([b, a]);
      if (edge.data?.direction === 'mutual') heads.push([a, b]);
    }
    ctx.stroke();
    if (heads.length > 0) {
      ctx.beginPath();
      for (const [tip, tail] of heads) arrowhead(ctx, tip, tail, arrowLength);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}
