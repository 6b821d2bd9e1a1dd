// Where new actors go: near the placed actors they tie to, else in one block per kind beside the map; never two on
// one spot. Positions snap to a grid of actor-sized cells, so "free" is one set lookup however big the map is.
import type { KindId } from '../domain';
import type { Point } from '../geometry-types';

/** One actor's box on the canvas (160 × 100) with a little air between neighbours. */
const CELL_W = 180;
const CELL_H = 120;

export interface NewActorSpot {
  id: string;
  kindId: KindId;
  /** Positions of already-placed actors it ties to. */
  neighbours: Point[];
}

const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

function nearestFreeCell(target: Point, occupied: Set<string>): { cx: number; cy: number } {
  const tx = Math.round(target.x / CELL_W);
  const ty = Math.round(target.y / CELL_H);
  for (let ring = 0; ; ring++) {
    let best: { cx: number; cy: number; d: number } | null = null;
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const cx = tx + dx;
        const cy = ty + dy;
        if (occupied.has(cellKey(cx, cy))) continue;
        const d = Math.hypot(cx * CELL_W - target.x, cy * CELL_H - target.y);
        if (!best || d < best.d) best = { cx, cy, d };
      }
    }
    if (best) return best;
  }
}

/** kindOrder: the map's kinds in legend order, so the blocks read left to right as the legend does. */
export function placeNewActors(placed: readonly Point[], newcomers: readonly NewActorSpot[], kindOrder: readonly KindId[]): Map<string, Point> {
  const occupied = new Set(placed.map((p) => cellKey(Math.round(p.x / CELL_W), Math.round(p.y / CELL_H))));
  const result = new Map<string, Point>();
  const loose: NewActorSpot[] = [];
  for (const actor of newcomers) {
    if (actor.neighbours.length === 0) {
      loose.push(actor);
      continue;
    }
    const centre = {
      x: actor.neighbours.reduce((s, p) => s + p.x, 0) / actor.neighbours.length,
      y: actor.neighbours.reduce((s, p) => s + p.y, 0) / actor.neighbours.length,
    };
    const { cx, cy } = nearestFreeCell(centre, occupied);
    occupied.add(cellKey(cx, cy));
    result.set(actor.id, { x: cx * CELL_W, y: cy * CELL_H });
  }
  if (loose.length === 0) return result;
  const taken = [...occupied].map((k) => k.split(',').map(Number) as [number, number]);
  const startX = taken.length ? Math.max(...taken.map(([x]) => x)) + 2 : 0;
  const top = taken.length ? Math.min(...taken.map(([, y]) => y)) : 0;
  const order = new Map(kindOrder.map((id, i) => [id, i]));
  const groups = new Map<KindId, NewActorSpot[]>();
  for (const actor of loose) {
    const group = groups.get(actor.kindId);
    if (group) group.push(actor);
    else groups.set(actor.kindId, [actor]);
  }
  let left = startX;
  for (const [, group] of [...groups].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))) {
    const columns = Math.max(1, Math.ceil(Math.sqrt(group.length)));
    group.forEach((actor, i) => {
      result.set(actor.id, { x: (left + (i % columns)) * CELL_W, y: (top + Math.floor(i / columns)) * CELL_H });
    });
    left += columns + 1;
  }
  return result;
}
