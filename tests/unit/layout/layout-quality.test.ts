// The force layout is no worse than the reference (graphology's ForceAtlas2 then noverlap, as a Gephi user would
// run them) on generated care networks: no more tie crossings, no more ties through another actor, and no overlaps.
// 60 actors is a workshop's map; 700 actors has a group over 400, settled the big-group way (Barnes–Hut, no
// slow-down). The 2,000-actor comparison is too slow for a test: bench/layout-quality-bench.ts runs it.
import { describe, expect, it } from 'vitest';
import { medianTieLength, referenceLayout } from '../../../bench/reference-layout';
import { forceLayout } from '../../../src/shared/layout';
import { layoutQuality } from '../../../src/shared/layout/layout-metrics';
import { careNetwork } from '../../support/care-network';

const networks = {
  'a 60-actor care network': () => careNetwork(60),
  'a 700-actor care network': () => careNetwork(700, 3),
};

describe.each(Object.entries(networks))(
  'force layout quality on %s, against ForceAtlas2 + noverlap',
  (_label, make) => {
    const { actors, ties } = make();
    const ours = new Map(forceLayout(actors, ties).map((p) => [p.id, { x: p.x, y: p.y }]));
    const reference = referenceLayout(actors, ties, medianTieLength(ours, ties));
    const measure = (at: ReadonlyMap<string, { x: number; y: number }>) =>
      layoutQuality(
        actors.map((a) => ({ ...a, ...at.get(a.id)! })),
        ties,
      );
    const mine = measure(ours);
    const theirs = measure(reference);

    it('has no more tie crossings than the reference', () => {
      expect(theirs.crossings).toBeGreaterThan(0);
      expect(mine.crossings).toBeLessThanOrEqual(theirs.crossings);
    });

    it('has no more ties through an actor not their own than the reference', () => {
      expect(mine.tiesThroughActors).toBeLessThanOrEqual(theirs.tiesThroughActors);
    });

    it('leaves no actor or name overlapping', () => {
      expect(mine.actorOverlaps).toBe(0);
      expect(mine.nameOverlaps).toBe(0);
    });
  },
);
