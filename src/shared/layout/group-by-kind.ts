// Group by kind: one labelled region per kind (a heading and the kind's actors in a tidy block), regions packed
// side by side into a 16:9 block, starting where the actors were.
import { CLEAR_X, CLEAR_Y } from './actor-box';
import { packBoxes } from './groups';
import type { LayoutActor, Placement } from './layout-types';

const CELL_X = CLEAR_X + 30;
const CELL_Y = CLEAR_Y + 20;
/** Room above a region's first row for its heading, and round its actors inside the outline. */
export const REGION_HEADING = 56;
const REGION_PAD = 30;
/** Space between regions, so each reads as one. */
const REGION_GAP = 60;
/** An actor's point sits this far right and down of its cell's top-left corner (the shape's centre in its box). */
const IN_CELL = { x: CELL_X / 2, y: 30 };

export interface KindGroup {
  kindId: string;
  /** The region's outline on the canvas (heading included), for drawing it. */
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}

/**
 * Places the unpinned actors in one near-16:9 block per kind, each block inside a region with a heading; regions are
 * packed (largest first) without overlapping. Pinned actors keep their place and are not counted in any region.
 */
export function groupByKind(
  actors: readonly LayoutActor[],
  kindOrder: readonly string[],
  /** How wide each kind's heading is drawn, so a long kind name never runs into the next region. */
  headingWidth: (kindId: string) => number = () => 0,
): { placements: Placement[]; groups: KindGroup[] } {
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
  const blocks = kinds.map((kindId) => {
    // Keep each block's reading order close to how the actors were arranged before: top to bottom, left to right.
    const members = byKind.get(kindId)!.sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
    // Wider than tall, as the screen is; a short heading still fits over a single column.
    const columns = Math.max(1, Math.round(Math.sqrt((members.length * CELL_Y * 1.6) / CELL_X)));
    const rows = Math.ceil(members.length / columns);
    return {
      kindId,
      members,
      columns,
      w: Math.max(columns * CELL_X, headingWidth(kindId)) + 2 * REGION_PAD,
      h: REGION_HEADING + rows * CELL_Y + REGION_PAD,
    };
  });
  const corners = packBoxes(blocks, REGION_GAP);
  const placements: Placement[] = [];
  const groups: KindGroup[] = [];
  blocks.forEach((b, k) => {
    const x = Math.round(left + corners[k]!.x);
    const y = Math.round(top + corners[k]!.y);
    b.members.forEach((a, i) =>
      placements.push({
        id: a.id,
        x: x + REGION_PAD + (i % b.columns) * CELL_X + IN_CELL.x,
        y: y + REGION_HEADING + Math.floor(i / b.columns) * CELL_Y + IN_CELL.y,
      }),
    );
    groups.push({ kindId: b.kindId, x, y, width: b.w, height: b.h, count: b.members.length });
  });
  return { placements, groups };
}
