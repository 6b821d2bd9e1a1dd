// Layouts on the demo map and hand-built cases: pinned actors never move, nothing overlaps, rings hold who they should.
import { describe, expect, it } from 'vitest';
import { demoMapContent } from '../../../src/main/demo/build-demo-map';
import { kindClassOf } from '../../../src/shared/analysis/kind-classes';
import type { KindClass } from '../../../src/shared/analysis/types';
import {
  align,
  careCircleLayout,
  distribute,
  forceLayout,
  groupByKind,
  overlappingPairs,
  tieDistances,
  type LayoutActor,
  type LayoutTie,
  type Placement,
} from '../../../src/shared/layout';

function demo() {
  const content = demoMapContent();
  const actors: LayoutActor[] = content.actors!.map((a) => ({ id: a.id, x: a.x, y: a.y, kindId: a.kindId, pinned: false }));
  const ties: LayoutTie[] = content.ties!.map((t) => ({ fromId: t.fromId, toId: t.toId }));
  const classes = new Map(content.kinds.map((k) => [k.id as string, kindClassOf(k)]));
  const classOf = (kindId: string): KindClass => classes.get(kindId)!;
  return { actors, ties, classOf, kindOrder: content.kinds.map((k) => k.id as string) };
}

/** Every actor where it ends up: placements applied over the starting positions. */
function after(actors: readonly LayoutActor[], placements: readonly Placement[]): LayoutActor[] {
  const moved = new Map(placements.map((p) => [p.id, p]));
  return actors.map((a) => ({ ...a, ...(moved.get(a.id) ? { x: moved.get(a.id)!.x, y: moved.get(a.id)!.y } : {}) }));
}

/** Pins every fifth actor, spread across the map and its kinds. */
function withPins(actors: LayoutActor[]): LayoutActor[] {
  return actors.map((a, i) => (i % 5 === 0 ? { ...a, pinned: true } : a));
}

describe('force layout', () => {
  it('moves the demo map, keeps pinned actors exactly where they were, and leaves no two actors overlapping', () => {
    const { actors, ties } = demo();
    const start = withPins(actors);
    const placements = forceLayout(start, ties);
    const pinnedIds = new Set(start.filter((a) => a.pinned).map((a) => a.id));
    expect(placements.some((p) => pinnedIds.has(p.id))).toBe(false);
    const end = after(start, placements);
    start.forEach((a, i) => {
      if (a.pinned) expect(end[i]).toEqual(a);
    });
    expect(placements.filter((p) => { const a = start.find((s) => s.id === p.id)!; return a.x !== p.x || a.y !== p.y; }).length).toBeGreaterThan(actors.length / 2);
    expect(overlappingPairs(end)).toEqual([]);
  });

  it('pulls actors apart even when they all start on one spot', () => {
    const actors: LayoutActor[] = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, x: 0, y: 0, kindId: 'k', pinned: false }));
    const end = after(actors, forceLayout(actors, []));
    expect(overlappingPairs(end)).toEqual([]);
  });

  it('moves only the chosen actors when given a selection', () => {
    const { actors, ties } = demo();
    const only = new Set(actors.slice(0, 10).map((a) => a.id));
    const placements = forceLayout(actors, ties, { only });
    expect(placements.map((p) => p.id).sort()).toEqual([...only].sort());
  });
});

describe('care circle', () => {
  it('by distance: the focal actor stays, each actor sits on the ring of its distance in ties, unreachable ones outside', () => {
    const { actors, ties, classOf, kindOrder } = demo();
    const lonely: LayoutActor = { id: 'lonely', x: 5, y: 5, kindId: actors[0]!.kindId, pinned: false };
    const all = [...actors, lonely];
    const focal = all[3]!;
    const circle = careCircleLayout(all, ties, focal.id, 'distance', classOf, kindOrder);
    expect(circle.placements.some((p) => p.id === focal.id)).toBe(false);
    const distance = tieDistances(focal.id, ties);
    const end = after(all, circle.placements);
    const farthest = Math.max(...distance.values());
    expect(circle.rings.map((r) => r.label)).toEqual([...Array.from({ length: farthest }, (_, i) => `${i + 1} tie${i ? 's' : ''} away`), 'Not connected']);
    for (const ring of circle.rings) {
      for (const id of ring.ids) {
        const a = end.find((e) => e.id === id)!;
        expect(Math.abs(Math.hypot(a.x - focal.x, a.y - focal.y) - ring.radius)).toBeLessThan(1);
        expect(ring.index <= farthest ? distance.get(id) : undefined).toBe(ring.index <= farthest ? ring.index : undefined);
      }
    }
    expect(circle.rings.at(-1)!.ids).toContain('lonely');
    expect(circle.rings.flatMap((r) => r.ids)).toHaveLength(all.length - 1);
    expect(overlappingPairs(end)).toEqual([]);
  });

  it('by kind: individuals nearest, statutory services outermost, every ring wider than the one inside it', () => {
    const { actors, ties, classOf, kindOrder } = demo();
    const focal = actors[0]!;
    const circle = careCircleLayout(actors, ties, focal.id, 'kind', classOf, kindOrder);
    const ringOfClass = (c: KindClass) => circle.rings.findIndex((r) => r.ids.some((id) => classOf(actors.find((a) => a.id === id)!.kindId) === c));
    expect(ringOfClass('individual')).toBeLessThan(ringOfClass('grassroots'));
    expect(ringOfClass('grassroots')).toBeLessThan(ringOfClass('voluntary'));
    expect(ringOfClass('voluntary')).toBeLessThan(ringOfClass('statutory'));
    for (const ring of circle.rings) expect(new Set(ring.ids.map((i) => classOf(actors.find((a) => a.id === i)!.kindId))).size).toBe(1);
    circle.rings.slice(1).forEach((r, i) => expect(r.radius).toBeGreaterThan(circle.rings[i]!.radius));
    expect(overlappingPairs(after(actors, circle.placements))).toEqual([]);
  });

  it('leaves pinned actors where they are', () => {
    const { actors, ties, classOf } = demo();
    const start = withPins(actors);
    const circle = careCircleLayout(start, ties, start[1]!.id, 'distance', classOf);
    const pinned = new Set(start.filter((a) => a.pinned).map((a) => a.id));
    expect(circle.placements.filter((p) => pinned.has(p.id))).toEqual([]);
  });
});

describe('group by kind', () => {
  it('puts each kind in its own block, blocks side by side in kind order, with no overlaps and pins kept', () => {
    const { actors, kindOrder } = demo();
    const start = withPins(actors);
    const { placements, groups } = groupByKind(start, kindOrder);
    const pinned = new Set(start.filter((a) => a.pinned).map((a) => a.id));
    expect(placements.filter((p) => pinned.has(p.id))).toEqual([]);
    const moved = after(start.filter((a) => !a.pinned), placements);
    expect(overlappingPairs(moved)).toEqual([]);
    // Blocks do not interleave: every actor of a kind lies left of every actor of the next kind.
    for (let i = 1; i < groups.length; i++) {
      const maxPrev = Math.max(...moved.filter((a) => a.kindId === groups[i - 1]!.kindId).map((a) => a.x));
      const minNext = Math.min(...moved.filter((a) => a.kindId === groups[i]!.kindId).map((a) => a.x));
      expect(minNext).toBeGreaterThan(maxPrev);
      expect(kindOrder.indexOf(groups[i]!.kindId)).toBeGreaterThan(kindOrder.indexOf(groups[i - 1]!.kindId));
    }
  });
});

describe('align and distribute', () => {
  const row: LayoutActor[] = [
    { id: 'a', x: 0, y: 40, kindId: 'k', pinned: false },
    { id: 'b', x: 300, y: 0, kindId: 'k', pinned: true },
    { id: 'c', x: 100, y: 90, kindId: 'k', pinned: false },
    { id: 'd', x: 700, y: 10, kindId: 'k', pinned: false },
  ];
  it('aligns to the selection’s edge or centre line and leaves pinned actors alone', () => {
    expect(align(row, 'top')).toEqual([
      { id: 'a', x: 0, y: 0 },
      { id: 'c', x: 100, y: 0 },
      { id: 'd', x: 700, y: 0 },
    ]);
    expect(align(row, 'right').map((p) => p.x)).toEqual([700, 700, 700]);
    expect(align(row, 'centre').map((p) => p.x)).toEqual([350, 350, 350]);
    expect(align(row, 'middle').map((p) => p.y)).toEqual([45, 45, 45]);
    expect(align([row[0]!], 'left')).toEqual([]);
  });
  it('distributes evenly between the outermost actors, keeping their order', () => {
    const moves = distribute(row, 'horizontal');
    // Order by x: a(0) c(100) b(300, pinned) d(700): c goes to 233; b is pinned; the ends stay.
    expect(moves).toEqual([{ id: 'c', x: 233, y: 90 }]);
    expect(distribute(row.slice(0, 2), 'vertical')).toEqual([]);
  });
});
