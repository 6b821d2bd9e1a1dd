// The force layout on the demo map and a generated 60-actor care network: no actor or name overlaps, separate groups
// packed apart (never interleaved), pinned actors kept exactly, no grid, the same result each time.
import { describe, expect, it } from 'vitest';
import { demoMapContent } from '../../../src/main/demo/build-demo-map';
import {
  forceLayout,
  separateGroups,
  type LayoutActor,
  type LayoutTie,
  type Placement,
} from '../../../src/shared/layout';
import { countActorOverlaps, countNameOverlaps, drawnBounds } from '../../../src/shared/layout/layout-metrics';
import { careNetwork } from '../../support/care-network';

function demo(): { actors: LayoutActor[]; ties: LayoutTie[] } {
  const c = demoMapContent();
  return {
    actors: c.actors!.map((a) => ({ id: a.id, name: a.name, x: a.x, y: a.y, kindId: a.kindId, pinned: false })),
    ties: c.ties!.map((t) => ({ fromId: t.fromId, toId: t.toId })),
  };
}

function after(actors: readonly LayoutActor[], placements: readonly Placement[]): LayoutActor[] {
  const moved = new Map(placements.map((p) => [p.id, p]));
  return actors.map((a) => (moved.has(a.id) ? { ...a, x: moved.get(a.id)!.x, y: moved.get(a.id)!.y } : a));
}

const maps = { 'the demo map': demo, 'a 60-actor care network': () => careNetwork(60) };

describe.each(Object.entries(maps))('force layout on %s', (_label, make) => {
  const { actors, ties } = make();
  const end = after(actors, forceLayout(actors, ties));

  it('leaves no actor overlapping another and no name overlapping a name or an actor', () => {
    expect(countActorOverlaps(end)).toBe(0);
    expect(countNameOverlaps(end)).toBe(0);
  });

  it('lays separate groups out apart: their outlines do not overlap (groups never interleave)', () => {
    const groups = separateGroups(
      end.map((a) => a.id),
      ties,
    ).filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(1);
    const boxes = groups.map((g) => drawnBounds(g.map((i) => end[i]!)));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `groups ${i} and ${j} overlap`).toBe(true);
      }
    }
  });

  it('puts actors where the forces leave them, not on a grid, and gives the same layout each time', () => {
    expect(new Set(end.map((a) => a.x % 50)).size).toBeGreaterThan(end.length / 3);
    expect(after(actors, forceLayout(actors, ties))).toEqual(end);
  });

  it('keeps pinned actors exactly where they were, and still leaves no overlaps', () => {
    const start = actors.map((a, i) => (i % 7 === 0 ? { ...a, pinned: true } : a));
    const placements = forceLayout(start, ties);
    const pinned = start.filter((a) => a.pinned);
    expect(placements.filter((p) => pinned.some((a) => a.id === p.id))).toEqual([]);
    const moved = after(start, placements);
    for (const a of pinned) expect(moved.find((m) => m.id === a.id)).toEqual(a);
    // Pinned actors that already overlapped each other stay so (they are not the layout's to move); nothing else may.
    expect(countActorOverlaps(moved)).toBe(countActorOverlaps(pinned));
    expect(countNameOverlaps(moved)).toBe(countNameOverlaps(pinned));
  });
});

describe('force layout, special cases', () => {
  it('pulls apart actors that all start on one spot', () => {
    const actors: LayoutActor[] = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      x: 0,
      y: 0,
      kindId: 'k',
      pinned: false,
    }));
    const ties = actors.slice(1).map((a, i) => ({ fromId: actors[i % 5]!.id, toId: a.id }));
    const end = after(actors, forceLayout(actors, ties));
    expect(countActorOverlaps(end)).toBe(0);
    expect(countNameOverlaps(end)).toBe(0);
  });

  it('moves only the chosen actors when given a selection', () => {
    const { actors, ties } = demo();
    const only = new Set(actors.slice(0, 10).map((a) => a.id));
    const placements = forceLayout(actors, ties, { only });
    expect(placements.map((p) => p.id).sort()).toEqual([...only].sort());
    expect(countNameOverlaps(after(actors, placements))).toBe(0);
  });
});
