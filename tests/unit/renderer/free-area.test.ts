// Fitting the map to the free part of the canvas: the free rectangle among covers, and the viewport inside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFreeRect, keepCentre, viewportInRect, type Rect } from '../../../src/renderer/src/canvas/free-area';

const canvas: Rect = { x: 0, y: 0, width: 1000, height: 700 };
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;

describe('bestFreeRect', () => {
  it('is the whole canvas when nothing covers it', () => {
    expect(bestFreeRect(canvas, [])).toEqual(canvas);
  });

  it('leaves out a legend along the bottom and a toolbar along the top', () => {
    const toolbar = { x: 15, y: 15, width: 400, height: 32 };
    const legend = { x: 200, y: 480, width: 600, height: 208 };
    expect(bestFreeRect(canvas, [toolbar, legend])).toEqual({ x: 0, y: 47, width: 1000, height: 433 });
  });

  it('picks the side that draws a tall map largest, not the largest area', () => {
    // A wide free band on top (1000 × 400) and a tall free column on the right (300 × 700).
    const block = { x: 0, y: 400, width: 700, height: 300 };
    const tall = { x: 0, y: 0, width: 100, height: 400 };
    expect(bestFreeRect(canvas, [block], tall, 1.2)).toEqual({ x: 700, y: 0, width: 300, height: 700 });
    const wide = { x: 0, y: 0, width: 400, height: 100 };
    expect(bestFreeRect(canvas, [block], wide, 1.2)).toEqual({ x: 0, y: 0, width: 1000, height: 400 });
  });

  it('never touches a cover, and is never beaten by another free rectangle', () => {
    const rect = fc.record({
      x: fc.integer({ min: -50, max: 950 }),
      y: fc.integer({ min: -50, max: 650 }),
      width: fc.integer({ min: 10, max: 400 }),
      height: fc.integer({ min: 10, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 6 }), rect, (covers, probe) => {
        const free = bestFreeRect(canvas, covers);
        if (free === canvas && covers.some((c) => overlaps(c, canvas))) return; // nothing usable: falls back to the canvas
        expect(inside(free, canvas)).toBe(true);
        for (const c of covers) expect(overlaps(free, c)).toBe(false);
        // Any free rectangle (the probe, clipped to the canvas and clear of covers) is no larger.
        const p = { ...probe, x: Math.max(0, probe.x), y: Math.max(0, probe.y) };
        if (inside(p, canvas) && !covers.some((c) => overlaps(p, c)) && p.width >= 80 && p.height >= 80) {
          expect(free.width * free.height).toBeGreaterThanOrEqual(p.width * p.height);
        }
      }),
    );
  });
});

describe('viewportInRect', () => {
  it('draws the bounds centred inside the free rectangle, inside its margin', () => {
    const bounds = { x: -100, y: 50, width: 400, height: 200 };
    const free = { x: 300, y: 60, width: 500, height: 400 };
    const v = viewportInRect(bounds, free, 10, 0.02, 1.2);
    const left = bounds.x * v.zoom + v.x;
    const right = (bounds.x + bounds.width) * v.zoom + v.x;
    const top = bounds.y * v.zoom + v.y;
    const bottom = (bounds.y + bounds.height) * v.zoom + v.y;
    expect(left).toBeCloseTo(310);
    expect(right).toBeCloseTo(790);
    expect(top).toBeGreaterThanOrEqual(70);
    expect(bottom).toBeLessThanOrEqual(450);
    expect((top + bottom) / 2).toBeCloseTo(260);
  });

  it('does not blow a small map up beyond the largest fit zoom', () => {
    expect(viewportInRect({ x: 0, y: 0, width: 10, height: 10 }, canvas, 0, 0.02, 1.2).zoom).toBe(1.2);
  });
});

describe('keepCentre', () => {
  it('keeps the map point at the middle of the free area in the middle when the area changes', () => {
    const view = { x: 40, y: -20, zoom: 0.8 };
    const before = { x: 0, y: 0, width: 1000, height: 700 };
    const after = { x: 0, y: 0, width: 640, height: 700 };
    const moved = keepCentre(view, before, after);
    const centreBefore = { x: (500 - view.x) / view.zoom, y: (350 - view.y) / view.zoom };
    expect((320 - moved.x) / moved.zoom).toBeCloseTo(centreBefore.x);
    expect((350 - moved.y) / moved.zoom).toBeCloseTo(centreBefore.y);
    expect(moved.zoom).toBe(0.8);
  });
});
