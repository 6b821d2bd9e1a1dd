// Group by kind: one tidy block per kind, side by side in the map's kind order, starting where the actors were.
import { CLEAR_X, CLEAR_Y } from './actor-box';
import type { LayoutActor, Placement } from './layout-types';

const CELL_X = CLEAR_X + 40;
const CELL_Y = CLEAR_Y + 40;
/** Space between one kind's block and the next, so the groups read as groups. */
const GROUP_GAP = 200;

export interface KindGroup {
  kindId: string;
  /** The block's top-left actor point and its size, for a heading above it. */
  x: number;
  y: number;
  columns: number;
  rows: number;
}

/**
 * Places the unpinned actors in one near-square block per kind, blocks left to right in `kindOrder` (kinds not in
 * it come after, by id). Pinned actors keep their place and are not counted in any block.
 */
export function groupByKind(actors: readonly LayoutActor[], kindOrder: readonly string[]): { placements: Placement[]; groups: KindGroup[] } {
  const movable = actors.filter((a) => !a.pinned);
  if (movable.length === 0) return { placements: [], groups: [] };
  const left = Math.min(...movable.map((a) => a.x));
  const top = Math.min(...movable.map((a) => a.y));
  const byKind = new Map<string, LayoutActor[]>();
  for (const a of movable) {
    const list = byKind.get(a.kindId);
    if (list) list.push(a);
    else byKind.set(a.kindId, [a]);
  }
  const rank = new Map(kindOrder.map((id, i) => [id, i]));
  const kinds = [...byKind.keys()].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a.localeCompare(b));
  const placements: Placement[] = [];
  const groups: KindGroup[] = [];
  let x = left;
  for (const kindId of kinds) {
    // Keep each block's reading order close to how the actors were arranged before: top to bottom, left to right.
    const members = byKind.get(kindId)!.sort((a, b) => a.y - b.y || a.x - b.x);
    const columns = Math.ceil(Math.sqrt(members.length));
    const rows = Math.ceil(members.length / columns);
    members.forEach((a, i) => placements.push({ id: a.id, x: x + (i % columns) * CELL_X, y: top + Math.floor(i / columns) * CELL_Y }));
    groups.push({ kindId, x, y: top, columns, rows });
    x += columns * CELL_X + GROUP_GAP;
  }
  return { placements, groups };
}
