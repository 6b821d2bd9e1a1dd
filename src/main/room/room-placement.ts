// Where an actor added from a phone goes when the device gives no position: in free space near the middle of the map.

/** Far enough apart that a new actor does not sit on another's label. */
const CLEARANCE = 140;
const STEP = 90;
const MOST_CANDIDATES = 400;

/** Walks a spiral out from the middle of the actors' extent and takes the first point clear of all of them. */
export function freeSpot(taken: readonly { x: number; y: number }[]): { x: number; y: number } {
  if (taken.length === 0) return { x: 0, y: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of taken) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const clear = (x: number, y: number) => taken.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= CLEARANCE ** 2);
  for (let i = 0; i < MOST_CANDIDATES; i += 1) {
    // Fermat's spiral: candidates spread evenly over the disc, nearest the middle first.
    const r = STEP * Math.sqrt(i);
    const a = i * 2.39996;
    const x = Math.round(cx + r * Math.cos(a));
    const y = Math.round(cy + r * Math.sin(a));
    if (clear(x, y)) return { x, y };
  }
  // A crowded map: below everything, where there is always room.
  return { x: Math.round(cx), y: Math.round(maxY + CLEARANCE) };
}
