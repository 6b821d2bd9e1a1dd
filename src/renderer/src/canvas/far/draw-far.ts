// Draws a whole map zoomed out onto one canvas: every tie as a few paths (one per colour), then every actor dot.
import type { Kind, KindId } from '../../../../shared/domain';
import type { ActorFlowNode, TieFlowEdge } from '../../state/flow-types';
import { trimmedSegment, type Point } from '../geometry';
import { shapePath } from './shape-path';

/** Arrowheads need a few pixels to read as arrows; further out they are left out. */
const ARROW_MIN_ZOOM = 0.25;
const OUTLINE = 'rgba(20, 24, 29, 0.55)';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
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

export interface DrawOptions {
  zoom: number;
  /** Dot radius in flow units at this zoom (ties stop at the dot's edge). */
  radius: number;
  /** Actors drawn elsewhere (being dragged): neither they nor their ties are drawn here. */
  skip: ReadonlySet<string> | null;
}

/** The context must already map flow coordinates to canvas pixels. */
export function drawTies(ctx: CanvasRenderingContext2D, edges: readonly TieFlowEdge[], positions: ReadonlyMap<string, Point>, o: DrawOptions): void {
  const byColour = new Map<string, TieFlowEdge[]>();
  for (const edge of edges) {
    if (o.skip && (o.skip.has(edge.source) || o.skip.has(edge.target))) continue;
    const colour = edge.data?.colour ?? '#5b6675';
    const group = byColour.get(colour);
    if (group) group.push(edge);
    else byColour.set(colour, [edge]);
  }
  const arrows = o.zoom >= ARROW_MIN_ZOOM;
  const arrowLength = 8 / o.zoom;
  ctx.lineWidth = 1.2 / o.zoom;
  // Thousands of overlapping ties: translucent, so the dots and the density both stay readable.
  ctx.globalAlpha = edges.length > 2000 ? 0.4 : 0.6;
  for (const [colour, group] of byColour) {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.beginPath();
    const heads: [Point, Point][] = [];
    for (const edge of group) {
      const from = positions.get(edge.source);
      const to = positions.get(edge.target);
      const segment = from && to ? trimmedSegment(from, to, o.radius) : null;
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

/** One path per kind: thousands of dots cost a handful of fill calls. */
export function drawDots(ctx: CanvasRenderingContext2D, nodes: readonly ActorFlowNode[], kinds: ReadonlyMap<KindId, Kind>, o: DrawOptions): void {
  const byKind = new Map<KindId, string[]>();
  for (const node of nodes) {
    if (o.skip?.has(node.id)) continue;
    const kind = kinds.get(node.data.kindId);
    const d = shapePath(kind?.shape ?? 'circle', node.position.x, node.position.y, o.radius);
    const list = byKind.get(node.data.kindId);
    if (list) list.push(d);
    else byKind.set(node.data.kindId, [d]);
  }
  const outline = o.radius * o.zoom >= 4;
  ctx.lineWidth = 1 / o.zoom;
  ctx.strokeStyle = OUTLINE;
  for (const [kindId, paths] of byKind) {
    const path = new Path2D(paths.join(''));
    ctx.fillStyle = kinds.get(kindId)?.colour ?? '#8a94a3';
    ctx.fill(path);
    if (outline) ctx.stroke(path);
  }
}
