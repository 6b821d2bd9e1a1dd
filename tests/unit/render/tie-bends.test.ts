// Ties between the same two actors are drawn apart: opposite and parallel ties bend to different sides.
import { describe, expect, it } from 'vitest';
import { curvePath, distanceToCurve, tieBends, tieCurve } from '../../../src/shared/render/tie-bends';

const A = { x: 0, y: 0 };
const B = { x: 300, y: 0 };

describe('tieBends', () => {
  it('leaves a tie alone between its actors straight', () => {
    expect(
      tieBends([
        { id: 't1', fromId: 'a', toId: 'b' },
        { id: 't2', fromId: 'b', toId: 'c' },
      ]).size,
    ).toBe(0);
  });

  it('bends two opposite ties to opposite sides of the line, so their middles are apart', () => {
    const bends = tieBends([
      { id: 't1', fromId: 'a', toId: 'b' },
      { id: 't2', fromId: 'b', toId: 'a' },
    ]);
    const there = tieCurve(A, B, bends.get('t1')!, 29, 29)!;
    const back = tieCurve(B, A, bends.get('t2')!, 29, 29)!;
    expect(Math.sign(there.mid.y)).toBe(-Math.sign(back.mid.y));
    expect(Math.abs(there.mid.y - back.mid.y)).toBeGreaterThanOrEqual(20);
    expect(curvePath(there)).not.toBe(curvePath(back));
    expect(curvePath(there)).toContain('Q');
  });

  it('spreads three parallel ties: one straight, one to each side', () => {
    const bends = tieBends(['t1', 't2', 't3'].map((id) => ({ id, fromId: 'a', toId: 'b' })));
    const middles = ['t1', 't2', 't3'].map((id) => tieCurve(A, B, bends.get(id) ?? 0, 29, 29)!.mid.y);
    expect(new Set(middles.map((y) => Math.round(y))).size).toBe(3);
    expect(middles).toContain(0);
  });
});

describe('tieBends on a busy actor', () => {
  // An actor with a few ties is checked pair by pair, one with many through a map: the same bends either way.
  const busy = (others: number) => {
    const ties = Array.from({ length: others }, (_, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      fromId: 'a',
      toId: `n${i}`,
    }));
    ties.push(
      { id: 'p1', fromId: 'n1', toId: 'a' },
      { id: 'p2', fromId: 'a', toId: 'n1' },
      { id: 'p3', fromId: 'a', toId: 'n3' },
    );
    return tieBends(ties);
  };

  it.each([4, 30])('bends exactly the ties that share both ends with another, with %i other ties', (others) => {
    const bends = busy(others);
    // n1: p1, p2, s01 in id order (the middle one, p2, straight); n3: p3 and s03 (both bent).
    expect([...bends.keys()].sort()).toEqual(['p1', 'p3', 's01', 's03']);
    expect(bends.get('p3')).toBe(-bends.get('s03')!);
  });

  it('gives a busy actor the same bends as a quiet one', () => {
    const few = busy(4);
    const many = busy(30);
    for (const [id, bend] of few) expect(many.get(id)).toBe(bend);
  });
});

describe('tieCurve', () => {
  it('stops short of both actors and is straight without a bend', () => {
    const c = tieCurve(A, B, 0, 29, 29)!;
    expect(c.start).toEqual({ x: 29, y: 0 });
    expect(c.end).toEqual({ x: 271, y: 0 });
    expect(curvePath(c)).toBe('M29,0L271,0');
    expect(tieCurve(A, { x: 40, y: 0 }, 0, 29, 29)).toBeNull();
  });

  it('a bent curve keeps its ends just outside the shapes and its middle off the line by the bend', () => {
    const c = tieCurve(A, B, 14, 29, 29)!;
    expect(Math.hypot(c.start.x - A.x, c.start.y - A.y)).toBeCloseTo(29);
    expect(Math.hypot(c.end.x - B.x, c.end.y - B.y)).toBeCloseTo(29);
    expect(Math.abs(c.mid.y)).toBeGreaterThan(10);
    expect(distanceToCurve(c.mid, c)).toBeLessThan(0.5);
    expect(distanceToCurve({ x: 150, y: 0 }, c)).toBeGreaterThan(10);
  });
});

describe('opposite ties in pictures', () => {
  it('draws two ties between the same actors in opposite directions as two different curves, each with its arrowhead', async () => {
    const { mapToSvg } = await import('../../../src/shared/render/map-svg');
    const { mapDoc } = await import('../analysis/analysis-docs');
    const doc = mapDoc(
      { a: 'individual', b: 'individual', c: 'individual' },
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
      ],
      { oneWay: true },
    );
    const places: Record<string, [number, number]> = { a: [0, 0], b: [300, 0], c: [300, 300] };
    doc.actors = doc.actors.map((x) => ({ ...x, x: places[x.id]![0], y: places[x.id]![1] }));
    const svg = mapToSvg(doc, { background: 'white', legend: false, anonymise: false }).svg;
    const curves = [...svg.matchAll(/<path d="(M[^"]*Q[^"]*)" fill="none"/g)].map((m) => m[1]);
    expect(curves).toHaveLength(2);
    expect(curves[0]).not.toBe(curves[1]);
    // The lone tie b→c stays straight; every one-way tie has one arrowhead.
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/fill-opacity=/g)).toHaveLength(3);
  });
});
