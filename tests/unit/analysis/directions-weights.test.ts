// The direction-aware and weighted metrics, and what the analysis says it assumes, on graphs worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/shared/analysis';
import type { MapDocument, Tie, TieStrength } from '../../../src/shared/domain';
import { plainDoc } from './analysis-docs';

const figures = (doc: MapDocument) => {
  const analysis = analyseMap(doc);
  const actors = Object.fromEntries(analysis.actors.map((a) => [a.actorId, a]));
  const weighted = Object.fromEntries(analysis.weighted.map((w) => [w.actorId, w]));
  return { analysis, actors, weighted };
};
const withTies = (doc: MapDocument, change: (t: Tie, i: number) => Partial<Tie>): MapDocument => ({
  ...doc,
  ties: doc.ties.map((t, i) => ({ ...t, ...change(t, i) })),
});

describe('direction-aware figures', () => {
  it('a directed star: the centre cares for four (4 out, 0 in), each leaf is cared for by one (1 in, 0 out)', () => {
    const { analysis, actors, weighted } = figures(
      plainDoc(
        ['c', 'l1', 'l2', 'l3', 'l4'],
        [
          ['c', 'l1'],
          ['c', 'l2'],
          ['c', 'l3'],
          ['c', 'l4'],
        ],
        { oneWay: true },
      ),
    );
    expect([actors.c!.outTies, actors.c!.inTies]).toEqual([4, 0]);
    for (const leaf of ['l1', 'l2', 'l3', 'l4']) expect([actors[leaf]!.inTies, actors[leaf]!.outTies]).toEqual([1, 0]);
    // All ties medium (weight 2): weighted in/out are twice the counts, and the map is not "weighted".
    expect([weighted.c!.outStrength, weighted.c!.inStrength, weighted.c!.strength]).toEqual([8, 0, 8]);
    expect([weighted.l1!.inStrength, weighted.l1!.outStrength]).toEqual([2, 0]);
    expect(analysis.assumptions).toEqual({
      structure: 'undirected',
      weights: 'unweighted',
      parallelTiesCountOnce: true,
      directedTies: 4,
      undirectedTies: 0,
      weighted: false,
      strengthWeights: { weak: 1, medium: 2, strong: 3 },
    });
  });

  it('the same star pointing inwards: the centre is cared for by four; the structure does not change', () => {
    const out = figures(
      plainDoc(
        ['c', 'l1', 'l2', 'l3', 'l4'],
        [
          ['c', 'l1'],
          ['c', 'l2'],
          ['c', 'l3'],
          ['c', 'l4'],
        ],
        { oneWay: true },
      ),
    );
    const inward = figures(
      plainDoc(
        ['c', 'l1', 'l2', 'l3', 'l4'],
        [
          ['l1', 'c'],
          ['l2', 'c'],
          ['l3', 'c'],
          ['l4', 'c'],
        ],
        { oneWay: true },
      ),
    );
    expect([inward.actors.c!.inTies, inward.actors.c!.outTies]).toEqual([4, 0]);
    // Undirected structure: betweenness and closeness are the same whichever way the arrows point.
    expect(inward.actors.c!.betweenness).toBe(out.actors.c!.betweenness);
    expect(inward.actors.c!.closeness).toBe(out.actors.c!.closeness);
  });

  it('mutual ties count both ways, undirected ties neither', () => {
    const doc = withTies(
      plainDoc(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
      (_, i) => ({ direction: i === 0 ? 'mutual' : 'none' }),
    );
    const { analysis, actors } = figures(doc);
    expect([
      actors.a!.inTies,
      actors.a!.outTies,
      actors.b!.inTies,
      actors.b!.outTies,
      actors.c!.inTies,
      actors.c!.outTies,
    ]).toEqual([1, 1, 1, 1, 0, 0]);
    expect([analysis.assumptions.directedTies, analysis.assumptions.undirectedTies]).toEqual([1, 1]);
  });
});

describe('weighted figures', () => {
  it('a weighted path a –strong→ b –weak→ c: strengths 3, 4, 1; in/out weighted along the arrows', () => {
    const strengths: TieStrength[] = ['strong', 'weak'];
    const doc = withTies(
      plainDoc(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
        { oneWay: true },
      ),
      (_, i) => ({ strength: strengths[i]! }),
    );
    const { analysis, weighted, actors } = figures(doc);
    expect([weighted.a!.strength, weighted.b!.strength, weighted.c!.strength]).toEqual([3, 4, 1]);
    expect([weighted.a!.outStrength, weighted.b!.inStrength, weighted.b!.outStrength, weighted.c!.inStrength]).toEqual([
      3, 3, 1, 1,
    ]);
    expect([weighted.a!.inStrength, weighted.c!.outStrength]).toEqual([0, 0]);
    expect(analysis.assumptions.weighted).toBe(true);
    // Unweighted structure: b's two ties count 2 whatever their strength, and it lies between a and c.
    expect([actors.b!.ties, actors.b!.betweenness]).toEqual([2, 1]);
  });
});
