// Which names a printed map shows, and where: most connected first, each under its shape or else above, right or left
// of it, never over another name. A name may cover other actors' shapes only for the better connected half, so the
// hubs of a crowded map are named rather than left blank.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NameToPlace {
  id: string;
  /** The shape's centre and radius, in page units with y growing downwards. */
  cx: number;
  cy: number;
  r: number;
  width: number;
  height: number;
  /** Higher first: the actor's number of ties. */
  priority: number;
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, area: Box) =>
  box.x >= area.x &&
  box.y >= area.y &&
  box.x + box.width <= area.x + area.width &&
  box.y + box.height <= area.y + area.height;

function candidates(n: NameToPlace): Box[] {
  const { cx, cy, r, width, height } = n;
  return [
    { x: cx - width / 2, y: cy + r + 1, width, height },
    { x: cx - width / 2, y: cy - r - 1 - height, width, height },
    { x: cx + r + 2, y: cy - height / 2, width, height },
    { x: cx - r - 2 - width, y: cy - height / 2, width, height },
  ];
}

/** Places what fits inside `area`; returns each placed name's box by id. */
export function placeNames(names: readonly NameToPlace[], area: Box): Map<string, Box> {
  const ordered = [...names].sort((a, b) => b.priority - a.priority);
  const median = ordered[Math.floor(ordered.length / 2)]?.priority ?? 0;
  const shapes = names.map((n) => ({
    id: n.id,
    box: { x: n.cx - n.r, y: n.cy - n.r, width: 2 * n.r, height: 2 * n.r },
  }));
  const placed = new Map<string, Box>();
  const free = (box: Box) => inside(box, area) && ![...placed.values()].some((p) => overlaps(p, box));
  const coversShape = (id: string, box: Box) => shapes.some((s) => s.id !== id && overlaps(s.box, box));
  for (const name of ordered) {
    const options = candidates(name).filter(free);
    const clear = options.find((box) => !coversShape(name.id, box));
    const chosen = clear ?? (name.priority > median ? options[0] : undefined);
    if (chosen) placed.set(name.id, chosen);
  }
  return placed;
}
