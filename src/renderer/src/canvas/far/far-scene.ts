// What the zoomed-out picture shows, tie by tie and dot by dot, as plain values: two scenes compare field by field,
// so a selection change or the server echoing a saved move (new objects, same values) redraws nothing, and a drag
// redraws only the few ties and dots it changed.
import type { ActorId, Kind, KindId, TieStatus, TieStatusId } from '../../../../shared/domain';
import type { ChangeKind } from '../../../../shared/history';
import { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from '../../../../shared/render/tie-style';
import { tieCurve } from '../../../../shared/render/tie-bends';
import type { Point } from '../../../../shared/geometry-types';
import type { ActorFlowNode, TieFlowEdge } from '../../state/flow-types';
import { DIM, FULL, HIDDEN, type Look } from '../../state/visible-ids';
import { CHANGE_COLOUR } from '../../history/change-style';
import { rgbOf } from './rgb';
import { TieRaster, unionRect, type LineStyle, type PixelRect } from './tie-raster';

/** Arrowheads need a few pixels to read as arrows; further out they are left out. */
export const ARROW_MIN_ZOOM = 0.25;
const NEUTRAL = '#5b6675';
const DOT_GREY = '#8a94a3';

export interface SceneOptions {
  zoom: number;
  /** Dot radius in flow units at this zoom (ties stop at the dot's edge). */
  radius: number;
  /** Actors drawn elsewhere (being dragged): neither they nor their ties are in the scene. */
  skip: ReadonlySet<string> | null;
  actorLook: (id: string) => Look;
  tieLook: (id: string) => Look;
  statuses: ReadonlyMap<TieStatusId, TieStatus>;
  kinds: ReadonlyMap<KindId, Kind>;
  scale: ReadonlyMap<ActorId, number> | null;
  colour: ReadonlyMap<ActorId, string> | null;
  /** While comparing: actors and ties marked added, removed or changed (history/change-style.ts). */
  marks?: ReadonlyMap<string, ChangeKind>;
  /** Ties sharing two actors: how far each bends (shared/render/tie-bends.ts); absent means straight. */
  bends?: ReadonlyMap<string, number>;
}

export interface SceneTie {
  fx: number;
  fy: number;
  tx: number;
  ty: number;
  bend: number;
  colour: string;
  /** The line style's name (solid, dashed…) and strength: width and dash follow from them and the zoom. */
  style: string;
  strength: keyof typeof STRENGTH_WIDTH;
  alpha: number;
  /** 0: no arrowhead, 1: at the end, 2: at both ends. */
  arrows: 0 | 1 | 2;
}

export interface SceneDot {
  x: number;
  y: number;
  shape: Kind['shape'];
  colour: string;
  look: Look;
  r: number;
  mark: ChangeKind | undefined;
}

export interface Scene {
  ties: Map<string, SceneTie>;
  dots: Map<string, SceneDot>;
  /** Actors drawn, and drawn in full (for the bench and tests). */
  drawn: number;
  full: number;
}

/** A removed actor, drawn while comparing, is a faint ghost of what was (its ring or dash says so). */
const ghostly = (look: Look, mark: ChangeKind | undefined): Look => (mark === 'removed' && look === FULL ? DIM : look);

/** A node's dot, or null when it is not drawn here (hidden, or being dragged). */
export function dotOf(node: ActorFlowNode, o: SceneOptions): SceneDot | null {
  if (o.skip?.has(node.id)) return null;
  const mark = o.marks?.get(node.id);
  const look = ghostly(o.actorLook(node.id), mark);
  if (look === HIDDEN) return null;
  const kind = o.kinds.get(node.data.kindId);
  return {
    x: node.position.x,
    y: node.position.y,
    shape: kind?.shape ?? 'circle',
    colour: o.colour?.get(node.id as ActorId) ?? kind?.colour ?? DOT_GREY,
    look,
    r: o.radius * (o.scale?.get(node.id as ActorId) ?? 1),
    mark,
  };
}

/** Thousands of overlapping ties: translucent, so the dots and the density both stay readable. */
export const fullTieAlpha = (ties: number) => (ties > 2000 ? 0.4 : 0.6);

/** An edge's tie, or null when it is not drawn here. */
export function tieOf(
  edge: TieFlowEdge,
  positions: ReadonlyMap<string, { position: Point }>,
  fullAlpha: number,
  o: SceneOptions,
): SceneTie | null {
  if (o.skip && (o.skip.has(edge.source) || o.skip.has(edge.target))) return null;
  const look = o.tieLook(edge.id);
  const from = positions.get(edge.source)?.position;
  const to = positions.get(edge.target)?.position;
  if (look === HIDDEN || !from || !to) return null;
  // Removed ties stay at full strength: red and dashed already say "gone", and a faint one would vanish.
  const mark = o.marks?.get(edge.id);
  const direction = edge.data?.direction ?? 'one-way';
  return {
    fx: from.x,
    fy: from.y,
    tx: to.x,
    ty: to.y,
    bend: o.bends?.get(edge.id) ?? 0,
    colour: mark ? CHANGE_COLOUR[mark] : (edge.data?.colour ?? NEUTRAL),
    style: mark === 'removed' ? 'dashed' : lineStyleOf(edge.data?.statusId ?? null, o.statuses),
    strength: edge.data?.strength ?? 'medium',
    alpha: look === DIM ? DIM_ALPHA * fullAlpha : fullAlpha,
    arrows: o.zoom < ARROW_MIN_ZOOM || direction === 'none' ? 0 : direction === 'mutual' ? 2 : 1,
  };
}

/** `byId` (empty) is filled with the nodes by id, for a caller that keeps them. */
export function buildScene(
  nodes: readonly ActorFlowNode[],
  edges: readonly TieFlowEdge[],
  o: SceneOptions,
  byId = new Map<string, ActorFlowNode>(),
): Scene {
  const dots = new Map<string, SceneDot>();
  let drawn = 0;
  let full = 0;
  for (const node of nodes) {
    byId.set(node.id, node);
    const dot = dotOf(node, o);
    if (!dot) continue;
    dots.set(node.id, dot);
    drawn++;
    if (dot.look === FULL) full++;
  }
  const ties = new Map<string, SceneTie>();
  const alpha = fullTieAlpha(edges.length);
  for (const edge of edges) {
    const tie = tieOf(edge, byId, alpha, o);
    if (tie) ties.set(edge.id, tie);
  }
  return { ties, dots, drawn, full };
}

export const sameTie = (a: SceneTie, b: SceneTie) =>
  a.fx === b.fx &&
  a.fy === b.fy &&
  a.tx === b.tx &&
  a.ty === b.ty &&
  a.bend === b.bend &&
  a.colour === b.colour &&
  a.style === b.style &&
  a.strength === b.strength &&
  a.alpha === b.alpha &&
  a.arrows === b.arrows;

export const sameDot = (a: SceneDot, b: SceneDot) =>
  a.x === b.x &&
  a.y === b.y &&
  a.shape === b.shape &&
  a.colour === b.colour &&
  a.look === b.look &&
  a.r === b.r &&
  a.mark === b.mark;

/** Flow coordinates to canvas pixels: p × scale − origin. */
export interface PixelTransform {
  scale: number;
  ox: number;
  oy: number;
  zoom: number;
  radius: number;
}

/** The last tie's line style, reused while ties look alike (a big map's ties mostly do): no objects per tie. */
let lastStyle: { t: SceneTie; scale: number; zoom: number; style: LineStyle } | null = null;

function lineStyle(t: SceneTie, p: PixelTransform): LineStyle {
  const last = lastStyle;
  if (
    last &&
    last.scale === p.scale &&
    last.zoom === p.zoom &&
    last.t.colour === t.colour &&
    last.t.style === t.style &&
    last.t.strength === t.strength &&
    last.t.alpha === t.alpha
  )
    return last.style;
  // Strength widths hold at zoom 1; further out lines keep at least half of them on screen.
  const flowWidth = Math.max(STRENGTH_WIDTH[t.strength], (STRENGTH_WIDTH[t.strength] * 0.6) / p.zoom);
  const width = flowWidth * p.scale;
  const style: LineStyle = {
    rgb: rgbOf(t.colour),
    alpha: t.alpha,
    width,
    dash: dashArray(t.style as Parameters<typeof dashArray>[0], width),
  };
  lastStyle = { t, scale: p.scale, zoom: p.zoom, style };
  return style;
}

/** Writes one tie (sign 1) or takes it out (sign −1); returns the pixels touched. */
export function rasterTie(raster: TieRaster, t: SceneTie, p: PixelTransform, sign: 1 | -1): PixelRect | null {
  const style = lineStyle(t, p);
  if (t.bend === 0 && t.arrows === 0) {
    // Straight and without arrowheads (most ties zoomed far out): from dot edge to dot edge, no curve to build.
    const dx = t.tx - t.fx;
    const dy = t.ty - t.fy;
    const length = Math.hypot(dx, dy);
    if (length <= 2 * p.radius) return null;
    const ux = (dx / length) * p.radius;
    const uy = (dy / length) * p.radius;
    return raster.line(
      (t.fx + ux) * p.scale - p.ox,
      (t.fy + uy) * p.scale - p.oy,
      (t.tx - ux) * p.scale - p.ox,
      (t.ty - uy) * p.scale - p.oy,
      style,
      sign,
    );
  }
  const curve = tieCurve({ x: t.fx, y: t.fy }, { x: t.tx, y: t.ty }, t.bend, p.radius, p.radius);
  if (!curve) return null;
  const px = (x: number) => x * p.scale - p.ox;
  const py = (y: number) => y * p.scale - p.oy;
  let rect: PixelRect | null = null;
  const { start, control, end } = curve;
  // A bent tie as a few straight pieces: at this size nobody sees the corners.
  const pieces = t.bend === 0 ? 1 : 6;
  let ax = px(start.x);
  let ay = py(start.y);
  for (let k = 1; k <= pieces; k++) {
    const s = k / pieces;
    const x = (1 - s) * (1 - s) * start.x + 2 * (1 - s) * s * control.x + s * s * end.x;
    const y = (1 - s) * (1 - s) * start.y + 2 * (1 - s) * s * control.y + s * s * end.y;
    rect = unionRect(rect, raster.line(ax, ay, px(x), py(y), style, sign));
    ax = px(x);
    ay = py(y);
  }
  if (t.arrows > 0) {
    const length = 8 * (p.scale / p.zoom);
    const head = (tip: Point, tail: Point) => {
      const dx = tip.x - tail.x;
      const dy = tip.y - tail.y;
      const d = Math.hypot(dx, dy) || 1;
      const [ux, uy, half] = [dx / d, dy / d, length * 0.45];
      const [tx, ty] = [px(tip.x), py(tip.y)];
      rect = unionRect(
        rect,
        raster.triangle(
          tx,
          ty,
          tx - ux * length - uy * half,
          ty - uy * length + ux * half,
          tx - ux * length + uy * half,
          ty - uy * length - ux * half,
          style,
          sign,
        ),
      );
    };
    head(end, control);
    if (t.arrows === 2) head(start, control);
  }
  return rect;
}
