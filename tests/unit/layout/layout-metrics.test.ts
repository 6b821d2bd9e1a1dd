// The layout-quality measures on hand-made cases, each worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  countActorOverlaps,
  countCrossings,
  countNameOverlaps,
  countTiesThroughActors,
  layoutQuality,
  nameBox,
  segmentHitsBox,
} from '../../../src/shared/layout/layout-metrics';

const actor = (id: string, x: number, y: number, name = id) => ({ id, x, y, name });

describe('layout metrics', () => {
  it('counts actors whose shapes overlap, once per pair', () => {
    expect(countActorOverlaps([actor('a', 0, 0), actor('b', 30, 0), actor('c', 500, 0)])).toBe(1);
    expect(countActorOverlaps([actor('a', 0, 0), actor('b', 49, 0)])).toBe(0);
  });

  it('counts a name running into another name or another actor’s shape', () => {
    const long = 'Millbrook Neighbourhood Centre';
    // Side by side 120 px apart: long names (~146 px wide) overlap; short ones do not.
    expect(countNameOverlaps([actor('a', 0, 0, long), actor('b', 120, 0, long)])).toBe(1);
    expect(countNameOverlaps([actor('a', 0, 0, 'Ada'), actor('b', 120, 0, 'Joe')])).toBe(0);
    // An actor just below another: the upper one's name covers the lower one's shape.
    expect(countNameOverlaps([actor('a', 0, 0, 'Ada'), actor('b', 0, 60, 'Joe')])).toBe(1);
    expect(nameBox(actor('a', 0, 0, long)).y1 - nameBox(actor('a', 0, 0, long)).y0).toBe(38);
  });

  it('finds a tie through an actor that is not one of its ends', () => {
    const a = actor('a', 0, 0);
    const b = actor('b', 400, 0);
    expect(countTiesThroughActors([a, b, actor('c', 200, 10)], [{ fromId: 'a', toId: 'b' }])).toBe(1);
    expect(countTiesThroughActors([a, b, actor('c', 200, 60)], [{ fromId: 'a', toId: 'b' }])).toBe(0);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 10, y: 10 }, { x0: 20, y0: 20, x1: 30, y1: 30 })).toBe(false);
  });

  it('counts crossing ties, but not ties that meet at an actor', () => {
    const square = [actor('a', 0, 0), actor('b', 200, 200), actor('c', 200, 0), actor('d', 0, 200)];
    expect(
      countCrossings(square, [
        { fromId: 'a', toId: 'b' },
        { fromId: 'c', toId: 'd' },
      ]),
    ).toBe(1);
    expect(
      countCrossings(square, [
        { fromId: 'a', toId: 'c' },
        { fromId: 'c', toId: 'b' },
        { fromId: 'b', toId: 'd' },
      ]),
    ).toBe(0);
    // The same pair tied twice (both directions) is one line.
    expect(
      countCrossings(square, [
        { fromId: 'a', toId: 'b' },
        { fromId: 'b', toId: 'a' },
        { fromId: 'c', toId: 'd' },
      ]),
    ).toBe(1);
  });

  it('gives the drawn area’s aspect and how much of a 16:9 screen it fills', () => {
    const q = layoutQuality([actor('a', 0, 0, 'x'), actor('b', 1552, 0, 'x')], []);
    // Shapes reach 24 px round the point; a one-line name ends 29 + 2 + 18 px below it: 1600 × 73 drawn.
    expect(q.aspect).toBeCloseTo(1600 / 73, 2);
    expect(q.screenFill).toBeCloseTo((1600 * 73) / (1600 * 900), 3);
  });
});
