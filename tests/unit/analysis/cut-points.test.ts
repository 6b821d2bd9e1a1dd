// Tarjan's articulation points and bridges on adjacency lists, including a long path that would overflow a recursive search.
import { describe, expect, it } from 'vitest';
import { cutPoints } from '../../../src/shared/analysis/cut-points';

function adjacency(edges: [number, number][]): (n: number) => number[] {
  const map = new Map<number, number[]>();
  for (const [a, b] of edges) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return (n) => map.get(n) ?? [];
}

describe('cutPoints', () => {
  it('finds none in a cycle', () => {
    expect(
      cutPoints(
        [0, 1, 2, 3],
        adjacency([
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ),
    ).toEqual({ articulationPoints: [], bridges: [] });
  });

  it('finds the root as an articulation point when it has two subtrees', () => {
    const result = cutPoints(
      [0, 1, 2],
      adjacency([
        [0, 1],
        [0, 2],
      ]),
    );
    expect(result.articulationPoints).toEqual([0]);
    expect(result.bridges).toHaveLength(2);
  });

  it('handles a path of 100,000 actors without a stack overflow', () => {
    const n = 100_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);
    const result = cutPoints(
      Array.from({ length: n }, (_, i) => i),
      adjacency(edges),
    );
    expect(result.articulationPoints).toHaveLength(n - 2);
    expect(result.bridges).toHaveLength(n - 1);
  });
});
