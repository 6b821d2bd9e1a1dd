// Draws the zoomed-out dots onto the far canvas (ties are pixels: tie-raster.ts): one path per colour and look, so
// thousands of dots cost a handful of fill calls; compared actors get a ring in their mark's colour and dash.
import { DIM, type Look } from '../../state/visible-ids';
import { DIM_ALPHA } from '../../../../shared/render/tie-style';
import type { ActorFlowNode } from '../../state/flow-types';
import type { Bounds } from '../../../../shared/geometry-types';
import type { ChangeKind } from '../../../../shared/history';
import { CHANGE_COLOUR, CHANGE_DASH } from '../../history/change-style';
import type { SceneDot } from './far-scene';
import { POLYGONS } from '../../../../shared/render/shape-path';

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

/** Adds a dot's outline to a path by calls, not SVG text: building and parsing 20,000 path strings cost more. */
function addShape(path: Path2D, d: SceneDot): void {
  const corners = POLYGONS[d.shape === 'rounded' ? 'square' : d.shape];
  if (!corners) {
    path.moveTo(d.x + d.r, d.y);
    path.arc(d.x, d.y, d.r, 0, Math.PI * 2);
    return;
  }
  path.moveTo(d.x + corners[0]![0] * d.r, d.y + corners[0]![1] * d.r);
  for (let k = 1; k < corners.length; k++) path.lineTo(d.x + corners[k]![0] * d.r, d.y + corners[k]![1] * d.r);
  // Back to the first corner by a line, not closePath(): Chromium's Path2D.closePath took 0.3 s over 20,000 dots.
  path.lineTo(d.x + corners[0]![0] * d.r, d.y + corners[0]![1] * d.r);
}

/** The context must already map flow coordinates to canvas pixels. */
export function drawDots(ctx: CanvasRenderingContext2D, dots: Iterable<SceneDot>, zoom: number, radius: number): void {
  const groups = new Map<string, { colour: string; look: Look; path: Path2D }>();
  for (const d of dots) {
    const key = `${d.colour}|${d.look}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { colour: d.colour, look: d.look, path: new Path2D() }));
    addShape(group.path, d);
  }
  const outline = radius * zoom >= 4;
  ctx.lineWidth = 1 / zoom;
  ctx.strokeStyle = OUTLINE;
  // Dimmed dots first, so the ones in full sit on top of them; then by colour, so a patch stacks overlapping dots
  // as the whole picture does.
  const ordered = [...groups.values()].sort((a, b) => b.look - a.look || (a.colour < b.colour ? -1 : 1));
  for (const { colour, look, path } of ordered) {
    ctx.globalAlpha = look === DIM ? DIM_ALPHA : 1;
    ctx.fillStyle = colour;
    ctx.fill(path);
    if (outline) ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}

/** A ring round each compared actor, in its mark's colour and dash, thick enough to find on a zoomed-out map. */
export function drawMarkRings(
  ctx: CanvasRenderingContext2D,
  dots: Iterable<SceneDot>,
  zoom: number,
  radius: number,
): number {
  const rings = new Map<ChangeKind, Path2D>();
  let count = 0;
  for (const d of dots) {
    if (!d.mark) continue;
    let path = rings.get(d.mark);
    if (!path) rings.set(d.mark, (path = new Path2D()));
    count++;
    const r = d.r * 1.6;
    path.moveTo(d.x + r, d.y);
    path.arc(d.x, d.y, r, 0, Math.PI * 2);
  }
  ctx.lineWidth = Math.max(radius * 0.45, 2.5 / zoom);
  for (const [mark, path] of rings) {
    ctx.strokeStyle = CHANGE_COLOUR[mark];
    ctx.setLineDash(CHANGE_DASH[mark].map((d) => d / zoom));
    ctx.stroke(path);
  }
  ctx.setLineDash([]);
  return count;
}
