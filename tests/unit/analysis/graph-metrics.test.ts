// analyseMap on small graphs with answers worked out by hand: path, star, two components, cut points, mixing.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/shared/analysis';
import { kindId, mapDoc, plainDoc } from './analysis-docs';

const byId = (analysis: ReturnType<typeof analyseMap>) =>
  Object.fromEntries(analysis.actors.map((a) => [a.actorId, a]));

describe('analyseMap on small graphs', () => {
  it('path a–b–c: the middle lies on the one shortest path between the ends', () => {
    const analysis = analyseMap(
      plainDoc(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
        { oneWay: true },
      ),
    );
    const actors = byId(analysis);
    expect(actors.b!.betweenness).toBe(1);
    expect(actors.a!.betweenness).toBe(0);
    expect(actors.b!.closeness).toBe(1); // 2 others at distance 1 each: 2/2
    expect(actors.a!.closeness).toBeCloseTo(2 / 3); // distances 1 + 2
    expect([actors.b!.inTies, actors.b!.outTies, actors.b!.ties]).toEqual([1, 1, 2]);
    expect(analysis.totals.density).toBeCloseTo(2 / 3);
    expect(analysis.articulationPointIds).toEqual(['b']);
    expect(analysis.bridges.map((b) => b.tieId)).toEqual(expect.arrayContaining(['t0', 't1']));
  });

  it('star with four leaves: the centre bridges all six leaf pairs', () => {
    const analysis = analyseMap(
      plainDoc(
        ['c', 'l1', 'l2', 'l3', 'l4'],
        [
          ['c', 'l1'],
          ['c', 'l2'],
          ['c', 'l3'],
          ['c', 'l4'],
        ],
      ),
    );
    const actors = byId(analysis);
    expect(actors.c!.betweenness).toBe(6);
    expect(actors.l1!.betweenness).toBe(0);
    expect(actors.c!.closeness).toBe(1);
    expect(actors.c!.ties).toBe(4);
    expect(analysis.totals.density).toBeCloseTo(4 / 10);
    expect(analysis.articulationPointIds).toEqual(['c']);
    expect(analysis.bridges).toHaveLength(4);
  });

  it('two components and an isolated actor', () => {
    const analysis = analyseMap(
      plainDoc(
        ['a', 'b', 'c', 'd', 'e', 'z'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['d', 'e'],
        ],
      ),
    );
    expect(analysis.totals.components).toBe(3);
    expect(analysis.components.map((c) => c.size)).toEqual([3, 2, 1]);
    expect(analysis.isolatedIds).toEqual(['z']);
    expect(analysis.totals.largestComponent).toBe(3);
    expect(byId(analysis).a!.component).not.toBe(byId(analysis).d!.component);
    expect(analysis.articulationPointIds).toEqual([]);
    expect(analysis.bridges.map((b) => b.tieId)).toEqual(['t3']);
  });

  it('two triangles joined by one tie: two articulation points and exactly one bridge', () => {
    // a-b-c triangle, d-e-f triangle, c–d the only link; then a pendant g on a (one more cut point, one more bridge).
    const triangles: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
    ];
    const analysis = analyseMap(plainDoc(['a', 'b', 'c', 'd', 'e', 'f'], triangles));
    expect(analysis.articulationPointIds).toEqual(['c', 'd']);
    expect(analysis.bridges).toEqual([{ tieId: 't6', fromId: 'c', toId: 'd' }]);
    expect(byId(analysis).c!.betweenness).toBe(6); // a, b to d, e, f: 2 × 3 pairs, all through c
  });

  it('one articulation point and one bridge: a triangle with a pendant', () => {
    const analysis = analyseMap(
      plainDoc(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ],
      ),
    );
    expect(analysis.articulationPointIds).toEqual(['c']);
    expect(analysis.bridges.map((b) => b.tieId)).toEqual(['t3']);
  });

  it('a doubled tie is not a bridge', () => {
    const analysis = analyseMap(
      plainDoc(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
    );
    expect(analysis.bridges).toEqual([]);
    expect(byId(analysis).a!.ties).toBe(2);
    expect(analysis.totals.density).toBe(1);
  });

  it('mixing matrix of a two-kind graph against kind-blind expectations', () => {
    // 2 individuals (i1, i2) and 2 statutory (s1, s2); ties: i1–i2, s1–s2, i1–s1, i2–s1. M = 4, p = ½ each.
    const doc = mapDoc({ i1: 'individual', i2: 'individual', s1: 'statutory', s2: 'statutory' }, [
      ['i1', 'i2'],
      ['s1', 's2'],
      ['i1', 's1'],
      ['i2', 's1'],
    ]);
    const { mixing } = analyseMap(doc);
    expect(mixing.kindIds).toEqual([kindId('individual'), kindId('statutory')]);
    expect(mixing.observed).toEqual([
      [1, 2],
      [2, 1],
    ]);
    // Same kind: 4 × ½ × ½ = 1; across: 4 × 2 × ½ × ½ = 2.
    expect(mixing.expected).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('load and brokers: informal and formal shares, and who ties both sides', () => {
    const doc = mapDoc({ i1: 'individual', i2: 'individual', g: 'grassroots', s: 'statutory' }, [
      ['i1', 'i2'],
      ['i1', 'g'],
      ['g', 's'],
    ]);
    const analysis = analyseMap(doc);
    expect(analysis.load.informalShare).toBeCloseTo(5 / 6);
    expect(analysis.load.tiesToIndividuals).toBe(2);
    expect(analysis.load.informalShareOfIndividualTies).toBe(1);
    expect(analysis.brokers.map((b) => b.actorId)).toEqual(['g']);
    expect(analysis.kinds.find((k) => k.kindId === kindId('statutory'))).toMatchObject({
      count: 1,
      share: 0.25,
      side: 'formal',
    });
  });

  it('an empty map analyses without errors', () => {
    const analysis = analyseMap(plainDoc([], []));
    expect(analysis.totals).toMatchObject({ actors: 0, ties: 0, density: 0, components: 0 });
  });
});
