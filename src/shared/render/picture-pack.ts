// Packs a whole-map picture without touching the map: separate groups are packed side by side (potpack) and actors
// tied to no one are gathered in a labelled "Not connected to anyone" strip under them, so a few far-flung actors no
// longer make the picture mostly empty. Used only when it makes the picture clearly smaller.
import potpack from 'potpack';
import { actorBox, contentBounds, type FramedActor } from './picture-frame';
import type { IsolatedStrip } from './isolated-strip';
import type { PictureBounds } from './picture-types';

export interface PackActor extends FramedActor {
  id: string;
  name: string;
  /** Isolated actors are listed by kind (in the legend's order), then by name. */
  kindOrder: number;
}

export interface PackedPicture {
  /** Where each drawn actor goes in the picture. */
  positions: Map<string, { x: number; y: number }>;
  bounds: PictureBounds;
  strip: IsolatedStrip | null;
}

/** Room between packed groups, and between the groups and the strip. */
const GAP = 48;
const STRIP_HEADING = 44;
/** One isolated actor's cell: a name box wide. */
const CELL_WIDTH = 170;
const CELL_GAP = 18;
/** Packing is kept only when it saves at least this share of the picture's area. */
const WORTH_IT = 0.7;

function groupsOf(actors: readonly PackActor[], links: readonly (readonly [string, string])[]): PackActor[][] {
  const parent = new Map(actors.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const [a, b] of links) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  const groups = new Map<string, PackActor[]>();
  for (const actor of actors) {
    const root = find(actor.id);
    const group = groups.get(root);
    if (group) group.push(actor);
    else groups.set(root, [actor]);
  }
  return [...groups.values()];
}

/** null when there is nothing to gain: one group and no one isolated, or a layout already about as compact. */
/**
 * `reserve` is the legend's size: the strip of lone actors then leaves room beside itself for it, so the legend can
 * sit there rather than under everything.
 */
export function packForPicture(
  actors: readonly PackActor[],
  links: readonly (readonly [string, string])[],
  reserve?: { width: number; height: number },
): PackedPicture | null {
  const groups = groupsOf(actors, links);
  const connected = groups.filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
  const isolated = groups.filter((g) => g.length === 1).map((g) => g[0]!);
  if (connected.length + (isolated.length ? 1 : 0) <= 1) return null;
  const positions = new Map<string, { x: number; y: number }>();

  // Each group keeps its own shape; potpack places the boxes in a near-square block.
  const boxes = connected.map((group) => ({ group, bounds: contentBounds(group, 0), w: 0, h: 0, x: 0, y: 0 }));
  for (const box of boxes) {
    box.w = box.bounds.width + GAP;
    box.h = box.bounds.height + GAP;
  }
  const packed = boxes.length ? potpack(boxes) : { w: 0, h: 0 };
  for (const box of boxes) {
    for (const a of box.group) positions.set(a.id, { x: a.x - box.bounds.x + box.x, y: a.y - box.bounds.y + box.y });
  }
  const networkWidth = Math.max(0, packed.w - GAP);
  const networkHeight = Math.max(0, packed.h - GAP);

  let strip: IsolatedStrip | null = null;
  if (isolated.length) {
    const radius = Math.max(...isolated.map((a) => a.radius));
    const cell = {
      width: Math.max(CELL_WIDTH, 2 * radius + CELL_GAP),
      height: actorBox({ x: 0, y: 0, radius }).height + CELL_GAP,
    };
    // As wide as the network above, and at least roughly square on its own when the network is small.
    let columns = Math.max(
      1,
      Math.floor(networkWidth / cell.width),
      Math.ceil(Math.sqrt((isolated.length * cell.height) / cell.width)),
    );
    if (reserve) {
      // Leave the legend's width free beside the strip, with enough rows for the legend's height.
      const room = Math.floor((networkWidth - reserve.width - GAP) / cell.width);
      const rows = Math.max(1, Math.ceil((reserve.height + 2 * GAP - STRIP_HEADING) / cell.height));
      if (room >= 1)
        columns = Math.max(
          1,
          Math.min(room, Math.max(Math.ceil(isolated.length / rows), Math.ceil(Math.sqrt(isolated.length)))),
        );
    }
    const top = networkHeight > 0 ? networkHeight + GAP : 0;
    const ordered = [...isolated].sort((a, b) => a.kindOrder - b.kindOrder || a.name.localeCompare(b.name));
    ordered.forEach((a, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      positions.set(a.id, {
        x: col * cell.width + cell.width / 2,
        y: top + STRIP_HEADING + row * cell.height + radius,
      });
    });
    strip = {
      x: 0,
      y: top,
      width: Math.max(networkWidth, Math.min(columns, ordered.length) * cell.width),
      count: isolated.length,
    };
  }

  const moved = actors.map((a) => ({ ...a, ...positions.get(a.id)! }));
  const bounds = contentBounds(moved);
  if (strip) {
    // The heading's text sits above the first row of actors; the frame must include it.
    const top = Math.min(bounds.y, strip.y - 8);
    bounds.height += bounds.y - top;
    bounds.y = top;
    bounds.width = Math.max(bounds.width, strip.x + strip.width - bounds.x);
  }
  const before = contentBounds(actors);
  if (bounds.width * bounds.height > WORTH_IT * before.width * before.height) return null;
  return { positions, bounds, strip };
}
