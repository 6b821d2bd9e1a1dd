// Draws a whole map zoomed out onto one canvas: every tie as a few paths (one per colour, style and width), then
// every actor dot; filtered-out and out-of-focus elements faint or left out, sizes and colours as encoded.
import type { ActorId, Kind, KindId, TieStatus, TieStatusId } from '../../../../shared/domain';
import { DIM, FULL, HIDDEN, type Look } from '../../state/visible-ids';
import { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from '../../../../shared/render/tie-style';
import type { ActorFlowNode, TieFlowEdge } from '../../state/flow-types';
import type { Bounds, Point } from '../../../../shared/geometry-types';
import { tieCurve } from '../../../../shared/render/tie-bends';
import { shapePath } from '../../../../shared/render/shape-path';
import type { ChangeKind } from '../../../../shared/history';
import { CHANGE_COLOUR, CHANGE_DASH } from '../../history/change-style';

/** Arrowheads need a few pixels to read as arrows; further out they are left out. */
const ARROW_MIN_ZOOM = 0.25;
const OUTLINE = 'rgba(20, 24, 29, 0.55)';

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
  actorLook: (id: string) => Look;
  tieLook: (id: string) => Look;
  statuses: ReadonlyMap<TieStatusId, TieStatus>;
  scale: ReadonlyMap<ActorId, number> | null;
  colour: ReadonlyMap<ActorId, string> | null;
  /** While comparing: actors and ties marked added, removed or changed (history/change-style.ts). */
  marks?: ReadonlyMap<string, ChangeKind>;
  /** Ties sharing two actors: how far each bends (shared/render/tie-bends.ts); absent means straight. */
  bends?: ReadonlyMap<string, number>;
}

/** How many actors were drawn, and how many of them in full (for the bench and tests: data attributes). */
export interface DrawnCounts {
  drawn: number;
  full: number;
  /** Ringed as added, removed or changed while comparing. */
  marked: number;
}

/** A removed actor, drawn while comparing, is a faint ghost of what was (its ring or dash says so). */
function ghostly(look: Look, mark: ChangeKind | undefined): Look {
  return mark === 'removed' && look === FULL ? DIM : look;
}

/** The context must already map flow coordinates to canvas pixels. */
export function drawTies(
  ctx: CanvasRenderingContext2D,
  edges: readonly TieFlowEdge[],
  positions: ReadonlyMap<string, Point>,
  o: DrawOptions,
): void {
  const groups = new Map<
    string,
    { colour: string; width: number; dash: number[]; alpha: number; edges: TieFlowEdge[] }
  >();
  // Thousands of overlapping ties: translucent, so the dots and the density both stay readable.
  const fullAlpha = edges.length > 2000 ? 0.4 : 0.6;
  for (const edge of edges) {
    if (o.skip && (o.skip.has(edge.source) || o.skip.has(edge.target))) continue;
    const look = o.tieLook(edge.id);
    if (look === HIDDEN) continue;
    // Removed ties stay at full strength: red and dashed already say "gone", and a faint one would vanish.
    const mark = o.marks?.get(edge.id);
    const colour = mark ? CHANGE_COLOUR[mark] : (edge.data?.colour ?? '#5b6675');
    const style = mark === 'removed' ? 'dashed' : lineStyleOf(edge.data?.statusId ?? null, o.statuses);
    const strength = edge.data?.strength ?? 'medium';
    const key = `${colour}|${style}|${strength}|${look}`;
    const group = groups.get(key);
    if (group) group.edges.push(edge);
    else {
      // Strength widths hold at zoom 1; further out lines keep at least half of them on screen.
      const width = Math.max(STRENGTH_WIDTH[strength], (STRENGTH_WIDTH[strength] * 0.6) / o.zoom);
      const alpha = look === DIM ? DIM_ALPHA * fullAlpha : fullAlpha;
      groups.set(key, { colour, width, dash: dashArray(style, width), alpha, edges: [edge] });
    }
  }
  const arrows = o.zoom >= ARROW_MIN_ZOOM;
  const arrowLength = 8 / o.zoom;
  for (const { colour, width, dash, alpha, edges: group } of groups.values()) {
    ctx.globalAlpha = alpha;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.beginPath();
    const heads: [Point, Point][] = [];
    for (const edge of group) {
      const from = positions.get(edge.source);
      const to = positions.get(edge.target);
      const curve = from && to ? tieCurve(from, to, o.bends?.get(edge.id) ?? 0, o.radius, o.radius) : null;
      if (!curve) continue;
      ctx.moveTo(curve.start.x, curve.start.y);
      ctx.quadraticCurveTo(curve.control.x, curve.control.y, curve.end.x, curve.end.y);
      if (!arrows || edge.data?.direction === 'none') continue;
      heads.push([curve.end, curve.control]);
      if (edge.data?.direction === 'mutual') heads.push([curve.start, curve.control]);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    if (heads.length > 0) {
      ctx.beginPath();
      for (const [tip, tail] of heads) arrowhead(ctx, tip, tail, arrowLength);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

/** One path per kind, colour and look: thousands of dots cost a handful of fill calls. */
export function drawDots(
  ctx: CanvasRenderingContext2D,
  nodes: readonly ActorFlowNode[],
  kinds: ReadonlyMap<KindId, Kind>,
  o: DrawOptions,
): DrawnCounts {
  const groups = new Map<string, { colour: string; look: Look; paths: string[] }>();
  const counts: DrawnCounts = { drawn: 0, full: 0, marked: 0 };
  for (const node of nodes) {
    if (o.skip?.has(node.id)) continue;
    const look = ghostly(o.actorLook(node.id), o.marks?.get(node.id));
    if (look === HIDDEN) continue;
    counts.drawn++;
    if (look === FULL) counts.full++;
    const kind = kinds.get(node.data.kindId);
    const colour = o.colour?.get(node.id as ActorId) ?? kind?.colour ?? '#8a94a3';
    const radius = o.radius * (o.scale?.get(node.id as ActorId) ?? 1);
    const d = shapePath(kind?.shape ?? 'circle', node.position.x, node.position.y, radius);
    const key = `${colour}|${look}`;
    const group = groups.get(key);
    if (group) group.paths.push(d);
    else groups.set(key, { colour, look, paths: [d] });
  }
  const outline = o.radius * o.zoom >= 4;
  ctx.lineWidth = 1 / o.zoom;
  ctx.strokeStyle = OUTLINE;
  // Dimmed dots first, so the ones in full sit on top of them.
  const ordered = [...groups.values()].sort((a, b) => b.look - a.look);
  for (const { colour, look, paths } of ordered) {
    const path = new Path2D(paths.join(''));
    ctx.globalAlpha = look === DIM ? DIM_ALPHA : 1;
    ctx.fillStyle = colour;
    ctx.fill(path);
    if (outline) ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
  if (o.marks && o.marks.size > 0) counts.marked = drawMarkRings(ctx, nodes, o);
  return counts;
}

/** A ring round each compared actor, in its mark's colour and dash, thick enough to find on a zoomed-out map. */
function drawMarkRings(ctx: CanvasRenderingContext2D, nodes: readonly ActorFlowNode[], o: DrawOptions): number {
  const rings = new Map<ChangeKind, Path2D>();
  let count = 0;
  for (const node of nodes) {
    const mark = o.marks?.get(node.id);
    if (!mark || o.skip?.has(node.id) || o.actorLook(node.id) === HIDDEN) continue;
    let path = rings.get(mark);
    if (!path) rings.set(mark, (path = new Path2D()));
    count++;
    const r = o.radius * (o.scale?.get(node.id as ActorId) ?? 1) * 1.6;
    path.moveTo(node.position.x + r, node.position.y);
    path.arc(node.position.x, node.position.y, r, 0, Math.PI * 2);
  }
  ctx.lineWidth = Math.max(o.radius * 0.45, 2.5 / o.zoom);
  for (const [mark, path] of rings) {
    ctx.strokeStyle = CHANGE_COLOUR[mark];
    ctx.setLineDash(CHANGE_DASH[mark].map((d) => d / o.zoom));
    ctx.stroke(path);
  }
  ctx.setLineDash([]);
  return count;
}
