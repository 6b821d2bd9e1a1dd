// A grid over actor positions, so finding the dot under the pointer costs the same for 50 actors or 5,000.
import type { Point } from '../../../../shared/geometry-types';

const CELL = 256;

export class SpatialIndex {
  private readonly cells = new Map<string, { id: string; at: Point }[]>();

  constructor(points: Iterable<[string, Point]>) {
    for (const [id, at] of points) {
      const key = `${Math.floor(at.x / CELL)}:${Math.floor(at.y / CELL)}`;
      const cell = this.cells.get(key);
      if (cell) cell.push({ id, at });
      else this.cells.set(key, [{ id, at }]);
    }
  }

  /** The actor whose centre is nearest to `p`, if within `radius`. */
  nearest(p: Point, radius: number): string | null {
    let best: string | null = null;
    let bestDistance = radius;
    const span = Math.ceil(radius / CELL);
    const cx = Math.floor(p.x / CELL);
    const cy = Math.floor(p.y / CELL);
    for (let x = cx - span; x <= cx + span; x++) {
      for (let y = cy - span; y <= cy + span; y++) {
        for (const entry of this.cells.get(`${x}:${y}`) ?? []) {
          const d = Math.hypot(entry.at.x - p.x, entry.at.y - p.y);
          if (d <= bestDistance) {
            bestDistance = d;
            best = entry.id;
          }
        }
      }
    }
    return best;
  }
}
