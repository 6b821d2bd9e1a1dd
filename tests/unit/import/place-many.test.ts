// A big import's newcomers are laid out by their ties in linear time: one cell each along a Hilbert curve (so no two
// overlap), walked breadth-first (so tied actors land near each other), right of the map as it is.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CELL_X, CELL_Y, hilbertCell, placeManyActors, walkOrder } from '../../../src/shared/import/place-many';
import { MANY_ABOVE, placeNewActors } from '../../../src/shared/import/place-actors';
import { overlappingPairs } from '../../../src/shared/layout';

/** A ring of n actors with a chord every 7th: one group, every actor with two or three ties. */
function ring(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  const ties = ids.map((id, i) => ({ fromId: id, toId: ids[(i + 1) % n]! }));
  for (let i = 0; i < n; i += 7) ties.push({ fromId: ids[i]!, toId: ids[(i + n / 2) % n]! });
  return { ids, ties };
}

describe('placing a big import’s newcomers', () => {
  it('walks the Hilbert curve one neighbouring cell at a time, visiting every cell once', () => {
    const side = 16;
    const seen = new Set<string>();
    let last = hilbertCell(side, 0);
    seen.add(`${last.col},${last.row}`);
    for (let d = 1; d < side * side; d++) {
      const cell = hilbertCell(side, d);
      expect(Math.abs(cell.col - last.col) + Math.abs(cell.row - last.row)).toBe(1);
      seen.add(`${cell.col},${cell.row}`);
      last = cell;
    }
    expect(seen.size).toBe(side * side);
  });

  it('orders each group breadth-first from its best-tied actor, biggest group first, actors with no tie last', () => {
    const ids = ['lone', 'p', 'q', 'hub', 'x', 'y', 'z'];
    const ties = [
      { fromId: 'p', toId: 'q' },
      { fromId: 'hub', toId: 'x' },
      { fromId: 'hub', toId: 'y' },
      { fromId: 'y', toId: 'z' },
    ];
    expect(walkOrder(ids, ties).map((i) => ids[i])).toEqual(['hub', 'x', 'y', 'z', 'p', 'q', 'lone']);
  });

  it('gives 3,000 newcomers a cell each (no overlaps), tied actors close together, right of the map', () => {
    const { ids, ties } = ring(3000);
    const placed = [{ id: 'old', x: 500, y: 200 }];
    const at = placeNewActors(
      placed,
      ids.map((id) => ({ id, kindId: 'k' as never, name: `Actor ${id}` })),
      ties,
    );
    expect(ids.length).toBeGreaterThan(MANY_ABOVE);
    expect(at.size).toBe(3000);
    const points = ids.map((id) => at.get(id)!);
    expect(overlappingPairs([...points, placed[0]!])).toEqual([]);
    expect(Math.min(...points.map((p) => p.x))).toBeGreaterThan(500 + CELL_X);
    // Ring neighbours: most are in touching cells, and the median is one cell apart, on a block ~55 cells across.
    const cells = ties
      .slice(0, 3000)
      .map((t) => {
        const a = at.get(t.fromId)!;
        const b = at.get(t.toId)!;
        return Math.abs(a.x - b.x) / CELL_X + Math.abs(a.y - b.y) / CELL_Y;
      })
      .sort((a, b) => a - b);
    expect(cells[1500]).toBeLessThanOrEqual(2);
  });

  it('places newcomers on an empty map from the origin, each in its own cell', () => {
    const ids = Array.from({ length: 1500 }, () => randomUUID());
    const at = placeManyActors(
      ids.map((id) => ({ id })),
      [],
      null,
    );
    const keys = new Set([...at.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(1500);
    expect(Math.min(...[...at.values()].map((p) => p.x))).toBe(0);
  });
});
