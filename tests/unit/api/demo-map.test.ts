// The demo map: enough actors and ties of every kind, readable positions, and the seed's picture of the network.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Tie } from '../../../src/shared/domain';
import { demoMapContent, writeDemoMap } from '../../../src/main/demo/build-demo-map';
import { openMapStore } from '../../../src/main/store';
import { countActorOverlaps, countNameOverlaps, drawnBounds } from '../../../src/shared/layout/layout-metrics';

function kindKeyOf(content: ReturnType<typeof demoMapContent>, actor: Actor): string {
  return content.kinds.find((k) => k.id === actor.kindId)!.name;
}

/** Number of connected groups of actors (ties taken as undirected). */
function fragments(actors: readonly Actor[], ties: readonly Tie[]): number {
  const parent = new Map(actors.map((a) => [a.id as string, a.id as string]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  for (const tie of ties) parent.set(find(tie.fromId), find(tie.toId));
  return new Set(actors.map((a) => find(a.id))).size;
}

describe('demo map content', () => {
  const content = demoMapContent();
  const actors = content.actors!;
  const ties = content.ties!;

  it('has at least 40 actors across all six kinds and at least 60 ties', () => {
    expect(actors.length).toBeGreaterThanOrEqual(40);
    expect(new Set(actors.map((a) => a.kindId)).size).toBe(6);
    expect(ties.length).toBeGreaterThanOrEqual(60);
    expect(new Set(actors.map((a) => a.name)).size).toBe(actors.length);
  });

  it('has only valid ties: known actors and types, no self-ties, no duplicate of a type between two actors', () => {
    const ids = new Set(actors.map((a) => a.id));
    const typeIds = new Set(content.tieTypes.map((t) => t.id));
    const pairs = new Set<string>();
    for (const tie of ties) {
      expect(ids.has(tie.fromId) && ids.has(tie.toId)).toBe(true);
      expect(tie.fromId).not.toBe(tie.toId);
      expect(typeIds.has(tie.tieTypeId!)).toBe(true);
      const key = [[tie.fromId, tie.toId].sort().join('|'), tie.tieTypeId].join('#');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
    expect(new Set(ties.map((t) => t.direction))).toEqual(new Set(['one-way', 'mutual', 'none']));
  });

  it('is laid out by the force layout: no actor or name overlaps another, groups apart, fits 1280×800 at half size or more', () => {
    expect(countActorOverlaps(actors)).toBe(0);
    expect(countNameOverlaps(actors)).toBe(0);
    // Laid out, not left in its starting columns by kind (7 x positions) nor snapped to a grid.
    expect(new Set(actors.map((a) => a.x)).size).toBeGreaterThan(actors.length * 0.8);
    const b = drawnBounds(actors);
    expect(Math.min(1280 / (b.x1 - b.x0), 800 / (b.y1 - b.y0))).toBeGreaterThan(0.5);
    // The same demo every time: the layout has no randomness.
    const again = demoMapContent().actors!;
    expect(again.map((a) => [a.name, a.x, a.y])).toEqual(actors.map((a) => [a.name, a.x, a.y]));
  });

  it('tells the seed’s story: informal actors carry most ties, statutory services few, and a couple of separate fragments', () => {
    const kindOf = new Map(actors.map((a) => [a.id, kindKeyOf(content, a)]));
    const informal = new Set(['Individual active citizen', 'Grassroots or mutual aid group']);
    const touches = (tie: Tie, kinds: Set<string>) =>
      kinds.has(kindOf.get(tie.fromId)!) || kinds.has(kindOf.get(tie.toId)!);
    const statutory = new Set(['Statutory service']);
    expect(ties.filter((t) => touches(t, informal)).length / ties.length).toBeGreaterThan(0.6);
    expect(ties.filter((t) => touches(t, statutory)).length / ties.length).toBeLessThan(0.1);
    const statutoryActors = actors.filter((a) => statutory.has(kindOf.get(a.id)!));
    expect(statutoryActors.length).toBeLessThanOrEqual(actors.length / 8);
    expect(fragments(actors, ties)).toBeGreaterThanOrEqual(3);
  });
});

describe('writeDemoMap', () => {
  it('writes a map that opens with every actor and tie and no undo history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caremap-demo-'));
    try {
      const path = join(dir, 'Demo care network.caremap');
      writeDemoMap(path);
      expect(() => writeDemoMap(path)).toThrow(expect.objectContaining({ code: 'file-exists' }));
      const store = openMapStore(path);
      const doc = store.document();
      store.close();
      expect(doc.info.name).toBe('Demo care network');
      expect(doc.actors.length).toBeGreaterThanOrEqual(40);
      expect(doc.ties.length).toBeGreaterThanOrEqual(60);
      expect(doc.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('demo map details', () => {
  it('gives some actors tags, care offers and consent, and some ties a status, all from the seeded lists', () => {
    const content = demoMapContent();
    const actors = content.actors!;
    const offerIds = new Set(content.careOffers.map((o) => o.id));
    expect(actors.filter((a) => a.tags.includes('food')).length).toBeGreaterThanOrEqual(3);
    expect(actors.filter((a) => a.careOfferIds.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(actors.every((a) => a.careOfferIds.every((id) => offerIds.has(id)))).toBe(true);
    expect(actors.some((a) => a.consent === 'given')).toBe(true);
    const statusIds = new Set(content.tieStatuses.map((s) => s.id));
    const withStatus = content.ties!.filter((t) => t.statusId !== null);
    expect(withStatus).toHaveLength(6);
    expect(withStatus.every((t) => statusIds.has(t.statusId!))).toBe(true);
  });
});
