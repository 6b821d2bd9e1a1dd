// The ties' spatial index (canvas/ties/tie-index.ts): which ties cross a rectangle, checked against testing every tie,
// and which tie's drawn line is under the pointer, in screen pixels at any zoom.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HIT_SLACK_PX, TieIndex, type TieShape } from '../../../src/renderer/src/canvas/ties/tie-index';
import { segmentCrossesRect, type Rect } from '../../../src/renderer/src/canvas/ties/tie-geometry';
import { tieBends, tieCurve } from '../../../src/shared/render/tie-bends';
import type { Point } from '../../../src/shared/geometry-types';

const straight = (id: string, a: Point, b: Point, width = 2): TieShape => ({
  id,
  curve: tieCurve(a, b, 0, 0, 0),
  width,
});
const ids = (index: TieIndex, found: number[]) => found.map((i) => index.id(i));

describe('TieIndex.inRect', () => {
  it('finds a long tie crossing the view with both ends far outside, and not one whose box covers the view but whose line misses it', () => {
    const index = new TieIndex([
      straight('across', { x: -50_000, y: 500 }, { x: 50_000, y: 520 }),
      straight('diagonal-miss', { x: -50_000, y: -40_000 }, { x: 40_000, y: 50_000 }),
      straight('inside', { x: 100, y: 100 }, { x: 200, y: 200 }),
      straight('far-away', { x: 5_000, y: 5_000 }, { x: 5_200, y: 5_100 }),
    ]);
    // The diagonal passes through (0, 10,000) and (-10,000, 0): its box covers the view, its line is far from it.
    expect(ids(index, index.inRect({ x0: 0, y0: 0, x1: 1_000, y1: 800 }))).toEqual(['across', 'inside']);
  });

  it('finds exactly the ties a test of every tie finds, for random ties and views', () => {
    const point = fc.record({
      x: fc.integer({ min: -20_000, max: 20_000 }),
      y: fc.integer({ min: -20_000, max: 20_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, point, fc.integer({ min: -60, max: 60 })), { minLength: 1, maxLength: 200 }),
        point,
        fc.integer({ min: 1, max: 8_000 }),
        (ends, corner, size) => {
          const shapes = ends.map(([a, b, bend], i) => ({ id: `t${i}`, curve: tieCurve(a, b, bend, 0, 0), width: 2 }));
          const view: Rect = { x0: corner.x, y0: corner.y, x1: corner.x + size, y1: corner.y + size * 0.6 };
          const expected = shapes.flatMap((s, i) =>
            s.curve &&
            (segmentCrossesRect(s.curve.start, s.curve.control, view) ||
              segmentCrossesRect(s.curve.control, s.curve.end, view))
              ? [i]
              : [],
          );
          expect(new TieIndex(shapes).inRect(view)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('holds no ties at all, or only ties too short to draw, without failing', () => {
    expect(new TieIndex([]).inRect({ x0: 0, y0: 0, x1: 10, y1: 10 })).toEqual([]);
    const short = new TieIndex([{ id: 'short', curve: null, width: 2 }]);
    expect(short.inRect({ x0: -10, y0: -10, x1: 10, y1: 10 })).toEqual([]);
    expect(short.onLine({ x: 0, y: 0 }, 1)).toBeNull();
  });
});

describe('TieIndex.onLine', () => {
  // A medium tie (2 map units wide) along y = 0.
  const index = new TieIndex([straight('t', { x: 0, y: 0 }, { x: 1_000, y: 0 }, 2)]);

  it('takes the pointer within half the drawn width plus the slack, in screen pixels, at any zoom', () => {
    for (const zoom of [0.5, 1, 2.5]) {
      const halfWidthPx = (2 / 2) * zoom;
      const justOn = (halfWidthPx + HIT_SLACK_PX - 0.5) / zoom;
      const justOff = (halfWidthPx + HIT_SLACK_PX + 0.5) / zoom;
      expect(index.onLine({ x: 500, y: justOn }, zoom)).toBe('t');
      expect(index.onLine({ x: 500, y: -justOn }, zoom)).toBe('t');
      expect(index.onLine({ x: 500, y: justOff }, zoom)).toBeNull();
    }
  });

  it('leaves the 6 px that used to select a tie to the pan', () => {
    expect(index.onLine({ x: 500, y: 6 }, 1)).toBeNull();
  });

  it('a thick tie takes the pointer further out than a thin one', () => {
    const thick = new TieIndex([straight('thick', { x: 0, y: 0 }, { x: 1_000, y: 0 }, 3.5)]);
    const thin = new TieIndex([straight('thin', { x: 0, y: 0 }, { x: 1_000, y: 0 }, 1)]);
    expect(thick.onLine({ x: 500, y: 4.6 }, 1)).toBe('thick');
    expect(thin.onLine({ x: 500, y: 4.6 }, 1)).toBeNull();
  });

  it('skips ties that are not drawn, and picks the nearest of two', () => {
    const two = new TieIndex([
      straight('low', { x: 0, y: 0 }, { x: 1_000, y: 0 }),
      straight('high', { x: 0, y: 4 }, { x: 1_000, y: 4 }),
    ]);
    expect(two.onLine({ x: 500, y: 1 }, 1)).toBe('low');
    expect(two.onLine({ x: 500, y: 3 }, 1)).toBe('high');
    expect(two.onLine({ x: 500, y: 1 }, 1, (id) => id === 'low')).toBe('high');
  });

  it('picks each of two opposite ties at the middle of its own curve', () => {
    const ends = [
      { id: 'there', fromId: 'a', toId: 'b' },
      { id: 'back', fromId: 'b', toId: 'a' },
    ];
    const at: Record<string, Point> = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } };
    const bends = tieBends(ends);
    const shapes = ends.map((e) => ({
      id: e.id,
      curve: tieCurve(at[e.fromId]!, at[e.toId]!, bends.get(e.id)!, 0, 0),
      width: 2,
    }));
    const bent = new TieIndex(shapes);
    for (const shape of shapes) expect(bent.onLine(shape.curve!.mid, 1)).toBe(shape.id);
    // Midway between the two curves is on neither line.
    expect(bent.onLine({ x: 200, y: 0 }, 1)).toBeNull();
  });
});

describe('TieIndex.withMoved', () => {
  it('finds a moved tie where it is now, not where it was, without rebuilding the tree', () => {
    const index = new TieIndex([
      straight('stays', { x: 0, y: 0 }, { x: 100, y: 0 }),
      straight('moves', { x: 0, y: 500 }, { x: 100, y: 500 }),
    ]);
    const moved = index.withMoved(new Map([[1, tieCurve({ x: 5_000, y: 5_000 }, { x: 5_100, y: 5_000 }, 0, 0, 0)]]));
    expect(ids(moved, moved.inRect({ x0: -10, y0: 400, x1: 200, y1: 600 }))).toEqual([]);
    expect(ids(moved, moved.inRect({ x0: 4_900, y0: 4_900, x1: 5_200, y1: 5_100 }))).toEqual(['moves']);
    expect(ids(moved, moved.inRect({ x0: -10, y0: -10, x1: 200, y1: 600 }))).toEqual(['stays']);
    expect(moved.onLine({ x: 5_050, y: 5_000 }, 1)).toBe('moves');
    expect(moved.onLine({ x: 50, y: 500 }, 1)).toBeNull();
    // The index it came from is unchanged.
    expect(index.onLine({ x: 50, y: 500 }, 1)).toBe('moves');
    expect(moved.movedCount).toBe(1);
  });
});
