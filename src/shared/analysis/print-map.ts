// The report's map laid out for print, as plain shapes in points: framed and packed like the exported pictures,
// scaled into the space given, names at 7 pt or more placed by print-names.ts. Drawn by pdf-lib (report-pdf-map.ts)
// and as SVG for the web page's printed copy (print-map-svg.ts), so both print the same map.
import type { Actor, Kind, KindId, MapDocument, TieStatus, TieStatusId, TieType, TieTypeId } from '../domain';
import type { MapLook } from '../render/picture-types';
import { shapePath } from '../render/shape-path';
import { dashArray, lineStyleOf, STRENGTH_WIDTH } from '../render/tie-style';
import { frameWholeMap } from '../render/whole-map-frame';
import { stripLabel } from '../render/isolated-strip';
import { placeNames, type Box } from './print-names';

/** The smallest name printed: readable on paper at arm's length. */
export const MIN_NAME_SIZE = 7;
const MAX_NAME_SIZE = 11;
const SHAPE_RADIUS = 24;

/** Coordinates are points from the top-left of the map's space, y growing downwards. */
export interface PrintMap {
  width: number;
  height: number;
  ties: {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    colour: string;
    thickness: number;
    opacity: number;
    dash: number[];
    heads: string[];
  }[];
  shapes: { d: string; fill: string; dimmed: boolean }[];
  names: { box: Box; lines: string[]; dimmed: boolean }[];
  strip: { x: number; y: number; label: string } | null;
  nameSize: number;
  leading: number;
  /** Kinds drawn, with how many actors of each. */
  key: { kind: Kind; count: number }[];
  actors: number;
}

export interface PrintMapInput {
  doc: MapDocument;
  look?: MapLook;
}

/** `measure(text, size)` is the width of a line in the font it will be printed in; `wrap` breaks a name into lines. */
export function printMap(
  { doc, look }: PrintMapInput,
  space: { width: number; height: number },
  measure: (text: string, size: number) => number,
  wrap: (text: string, size: number, width: number) => string[],
): PrintMap {
  const kindsById = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const drawn = new Map<string, { actor: Actor; radius: number; dimmed: boolean; colour?: string }>();
  for (const actor of doc.actors) {
    const l = look?.actors?.get(actor.id);
    if (!l?.hidden)
      drawn.set(actor.id, {
        actor,
        radius: SHAPE_RADIUS * (l?.scale ?? 1),
        dimmed: l?.dimmed ?? false,
        ...(l?.colour ? { colour: l.colour } : {}),
      });
  }
  const framed = frameWholeMap(doc, drawn, look);
  const at = (id: string) => framed.actors.get(id)!;
  const frame = framed.area;
  // Map units to points: the whole frame in the space, never enlarged past 1 pt a unit.
  const s = Math.min(space.width / frame.width, space.height / frame.height, 1);
  const offX = (space.width - frame.width * s) / 2;
  const px = (x: number) => offX + (x - frame.x) * s;
  const py = (y: number) => (y - frame.y) * s;

  const tieTypes = new Map<TieTypeId, TieType>(doc.tieTypes.map((t) => [t.id, t]));
  const statuses = new Map<TieStatusId, TieStatus>(doc.tieStatuses.map((t) => [t.id, t]));
  const degree = new Map<string, number>();
  const ties: PrintMap['ties'] = [];
  for (const tie of doc.ties) {
    const from = drawn.get(tie.fromId);
    const to = drawn.get(tie.toId);
    if (!from || !to || look?.ties?.get(tie.id)?.hidden) continue;
    degree.set(tie.fromId, (degree.get(tie.fromId) ?? 0) + 1);
    degree.set(tie.toId, (degree.get(tie.toId) ?? 0) + 1);
    const a = at(tie.fromId);
    const b = at(tie.toId);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length <= from.radius + to.radius + 10) continue;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    const [x1, y1] = [px(a.x + ux * (from.radius + 5)), py(a.y + uy * (from.radius + 5))];
    const [x2, y2] = [px(b.x - ux * (to.radius + 5)), py(b.y - uy * (to.radius + 5))];
    const thickness = Math.max(0.4, STRENGTH_WIDTH[tie.strength] * s);
    const len = Math.max(3, (8 + STRENGTH_WIDTH[tie.strength] * 1.5) * s);
    const head = (tx: number, ty: number, vx: number, vy: number) => {
      const half = len * 0.45;
      const f = (v: number) => Math.round(v * 100) / 100;
      return `M${f(tx)},${f(ty)}L${f(tx - vx * len - vy * half)},${f(ty - vy * len + vx * half)}L${f(tx - vx * len + vy * half)},${f(ty - vy * len - vx * half)}Z`;
    };
    const heads: string[] = [];
    if (tie.direction !== 'none') heads.push(head(x2, y2, ux, uy));
    if (tie.direction === 'mutual') heads.push(head(x1, y1, -ux, -uy));
    ties.push({
      x1,
      y1,
      x2,
      y2,
      heads,
      thickness,
      colour: (tie.tieTypeId && tieTypes.get(tie.tieTypeId)?.colour) || '#5b6675',
      opacity: look?.ties?.get(tie.id)?.dimmed || from.dimmed || to.dimmed ? 0.15 : 0.8,
      dash: dashArray(lineStyleOf(tie.statusId, statuses), thickness),
    });
  }

  const shapes: PrintMap['shapes'] = [];
  const size = Math.min(MAX_NAME_SIZE, Math.max(MIN_NAME_SIZE, 12 * s));
  const leading = size * 1.15;
  const toPlace = [...drawn.entries()].map(([id, d]) => {
    const a = at(id);
    const r = Math.max(2.5, d.radius * s);
    const kind = kindsById.get(d.actor.kindId);
    shapes.push({
      d: shapePath(kind?.shape ?? 'circle', px(a.x), py(a.y), r),
      fill: d.colour ?? kind?.colour ?? '#8a94a3',
      dimmed: d.dimmed,
    });
    const lines = wrap(d.actor.name, size, Math.max(150 * s, 70));
    const width = Math.max(...lines.map((l) => measure(l, size))) + 2;
    return {
      id,
      lines,
      dimmed: d.dimmed,
      cx: px(a.x),
      cy: py(a.y),
      r,
      width,
      height: lines.length * leading + 1,
      priority: degree.get(id) ?? 0,
    };
  });
  const placed = placeNames(toPlace, { x: 0, y: 0, width: space.width, height: space.height });
  const names = toPlace
    .filter((n) => placed.has(n.id))
    .map((n) => ({ box: placed.get(n.id)!, lines: n.lines, dimmed: n.dimmed }));

  const counts = new Map<KindId, number>();
  for (const { actor } of drawn.values()) counts.set(actor.kindId, (counts.get(actor.kindId) ?? 0) + 1);
  return {
    width: space.width,
    height: space.height,
    ties,
    shapes,
    names,
    strip: framed.strip ? { x: px(framed.strip.x), y: py(framed.strip.y), label: stripLabel(framed.strip) } : null,
    nameSize: size,
    leading,
    key: doc.kinds.filter((k) => counts.has(k.id)).map((kind) => ({ kind, count: counts.get(kind.id)! })),
    actors: drawn.size,
  };
}

/** What the page says when some names are left out; null when every name is shown. */
export function printMapCaption(map: PrintMap): string | null {
  if (map.names.length >= map.actors) return null;
  return `Names are shown for ${map.names.length.toLocaleString('en-GB')} of the ${map.actors.toLocaleString('en-GB')} actors, the most connected first, in type large enough to read in print (${map.nameSize.toFixed(0)} pt); the other names would have overlapped.`;
}
