// Care circle, group by kind, align and distribute on the demo map and hand-built cases: pinned actors never move,
// nothing overlaps, rings hold who they should and are labelled, kind regions hold their kind.
import { describe, expect, it } from 'vitest';
import { demoMapContent } from '../../../src/main/demo/build-demo-map';
import { kindClassOf } from '../../../src/shared/analysis/kind-classes';
import type { KindClass } from '../../../src/shared/analysis/types';
import {
  align,
  careCircleLayout,
  distribute,
  groupByKind,
  overlappingPairs,
  ringLabelPoint,
  RING_SPACING,
  REGION_HEADING,
  ACTOR_BOX,
  tieDistances,
  type LayoutActor,
  type LayoutTie,
  type Placement,
} from '../../../src/shared/layout';
import { countActorOverlaps, countNameOverlaps } from '../../../src/shared/layout/layout-metrics';

function demo() {
  const content = demoMapContent();
  const actors: LayoutActor[] = content.actors!.map((a) => ({
    id: a.id,
    name: a.name,
    x: a.x,
    y: a.y,
    kindId: a.kindId,
    pinned: false,
  }));
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
    expect(circle.rings.map((r) => r.label)).toEqual([
      ...Array.from({ length: farthest }, (_, i) => `${i + 1} tie${i ? 's' : ''} away`),
      'Not connected',
    ]);
    for (const ring of circle.rings) {
      for (const id of ring.ids) {
        const a = end.find((e) => e.id === id)!;
        expect(Math.abs(Math.hypot(a.x - focal.x, a.y - focal.y) - ring.radius)).toBeLessThan(1);
        expect(ring.index <= farthest ? distance.get(id) : undefined).toBe(
          ring.index <= farthest ? ring.index : undefined,
        );
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
    const ringOfClass = (c: KindClass) =>
      circle.rings.findIndex((r) => r.ids.some((id) => classOf(actors.find((a) => a.id === id)!.kindId) === c));
    expect(ringOfClass('individual')).toBeLessThan(ringOfClass('grassroots'));
    expect(ringOfClass('grassroots')).toBeLessThan(ringOfClass('voluntary'));
    expect(ringOfClass('voluntary')).toBeLessThan(ringOfClass('statutory'));
    for (const ring of circle.rings)
      expect(new Set(ring.ids.map((i) => classOf(actors.find((a) => a.id === i)!.kindId))).size).toBe(1);
    circle.rings.slice(1).forEach((r, i) => expect(r.radius).toBeGreaterThan(circle.rings[i]!.radius));
    expect(overlappingPairs(after(actors, circle.placements))).toEqual([]);
  });

  it('spreads each ring’s actors by angle (distinct, evenly apart, none stacked), keeps the top free for its label', () => {
    const { actors, ties, classOf, kindOrder } = demo();
    const focal = actors.find((a) => a.name === 'Hollybrook Care Circle')!;
    for (const mode of ['distance', 'kind'] as const) {
      const circle = careCircleLayout(actors, ties, focal.id, mode, classOf, kindOrder);
      const end = after(actors, circle.placements);
      expect(circle.rings.length).toBeGreaterThan(1);
      for (const ring of circle.rings) {
        expect(ring.label.trim()).not.toBe('');
        const angles = ring.ids.map((id) => {
          const a = end.find((e) => e.id === id)!;
          expect(Math.abs(Math.hypot(a.x - focal.x, a.y - focal.y) - ring.radius)).toBeLessThan(1);
          return Math.atan2(a.y - focal.y, a.x - focal.x);
        });
        expect(new Set(angles.map((t) => t.toFixed(3))).size).toBe(angles.length);
        // Neighbours on a ring are at least RING_SPACING apart along it, and none sits in the label's slot at the top.
        const sorted = [...angles].sort((x, y) => x - y);
        sorted.forEach(
          (t, i) => i > 0 && expect((t - sorted[i - 1]!) * ring.radius).toBeGreaterThanOrEqual(RING_SPACING - 1),
        );
        const label = ringLabelPoint(circle.centre, ring);
        for (const id of ring.ids) {
          const a = end.find((e) => e.id === id)!;
          // A chord, a little shorter than the arc: still more than a box (and the label) needs.
          expect(Math.hypot(a.x - label.x, a.y - label.y)).toBeGreaterThan(RING_SPACING * 0.9);
        }
      }
      expect(countActorOverlaps(end)).toBe(0);
      expect(countNameOverlaps(end)).toBe(0);
    }
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
  it('gives each kind a region with room for its heading; regions do not overlap; no actors overlap; pins kept', () => {
    const { actors, kindOrder } = demo();
    const start = withPins(actors);
    const { placements, groups } = groupByKind(start, kindOrder, (kindId) => (kindId === kindOrder[0] ? 600 : 0));
    const pinned = new Set(start.filter((a) => a.pinned).map((a) => a.id));
    expect(placements.filter((p) => pinned.has(p.id))).toEqual([]);
    const moved = after(
      start.filter((a) => !a.pinned),
      placements,
    );
    expect(overlappingPairs(moved)).toEqual([]);
    expect(new Set(groups.map((g) => g.kindId))).toEqual(new Set(moved.map((a) => a.kindId)));
    for (const g of groups) {
      const members = moved.filter((a) => a.kindId === g.kindId);
      expect(g.count).toBe(members.length);
      // Every actor's whole box (shape and name) lies inside its region, below the heading.
      for (const a of members) {
        expect(a.x - ACTOR_BOX.width / 2).toBeGreaterThanOrEqual(g.x);
        expect(a.x + ACTOR_BOX.width / 2).toBeLessThanOrEqual(g.x + g.width);
        expect(a.y - 30).toBeGreaterThanOrEqual(g.y + REGION_HEADING);
        expect(a.y + 70).toBeLessThanOrEqual(g.y + g.height);
      }
    }
    // A long heading widens its region.
    expect(groups.find((g) => g.kindId === kindOrder[0])!.width).toBeGreaterThanOrEqual(600);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [a, b] = [groups[i]!, groups[j]!];
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(
          true,
        );
      }
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
