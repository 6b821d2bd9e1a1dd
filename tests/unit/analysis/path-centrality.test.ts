// The fast betweenness and closeness give graphology-metrics' own answers on a random map with several parts.
import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { buildTopology } from '../../../src/shared/analysis/analysis-context';
import { pathCentrality, sourcesWanted } from '../../../src/shared/analysis/path-centrality';
import { analyseMap } from '../../../src/shared/analysis';
import { plainDoc } from './analysis-docs';

/** 120 actors, 200 random ties among the first 100 (so 20 or so are isolated): several parts, as on a real map. */
function randomGraph() {
  let state = 7;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0), state / 2 ** 32);
  const ids = Array.from({ length: 120 }, (_, i) => `a${i}`);
  const ties = Array.from(
    { length: 200 },
    () => [ids[Math.floor(random() * 100)]!, ids[Math.floor(random() * 100)]!] as [string, string],
  ).filter(([a, b]) => a !== b);
  const doc = plainDoc(ids, ties);
  return { ids, graph: buildTopology(doc.actors, doc.ties) };
}

describe('pathCentrality', () => {
  it('matches graphology-metrics on a random graph', () => {
    const { ids, graph } = randomGraph();
    const ours = pathCentrality(graph);
    expect(ours.sources).toBe(ids.length);
    const theirsB = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
    const theirsC = closenessCentrality(graph, { wassermanFaust: true });
    for (const id of ids) {
      expect(ours.betweenness[id]).toBeCloseTo(theirsB[id]!, 6);
      expect(ours.closeness[id]).toBeCloseTo(theirsC[id]!, 9);
    }
  });
});

describe('pathCentrality on big maps (sampled sources)', () => {
  it('gives the exact figures when the sample takes every actor of every part', () => {
    const { ids, graph } = randomGraph();
    const exact = pathCentrality(graph);
    const sampled = pathCentrality(graph, { exactUpTo: 10, sampleSources: 10_000 });
    for (const id of ids) {
      expect(sampled.betweenness[id]).toBeCloseTo(exact.betweenness[id]!, 6);
      expect(sampled.closeness[id]).toBeCloseTo(exact.closeness[id]!, 9);
    }
  });

  it('estimates from a sample: says how many sources, and still finds the hubs that hold two stars together', () => {
    // Two stars of 40 leaves whose centres are tied: every path between the stars runs through both centres.
    const ids = ['h1', 'h2', ...Array.from({ length: 80 }, (_, i) => `l${i}`)];
    const ties: [string, string][] = [
      ['h1', 'h2'],
      ...Array.from({ length: 80 }, (_, i) => [i < 40 ? 'h1' : 'h2', `l${i}`] as [string, string]),
    ];
    const doc = plainDoc(ids, ties);
    const result = pathCentrality(buildTopology(doc.actors, doc.ties), { exactUpTo: 10, sampleSources: 20 });
    expect(result.sources).toBe(20);
    expect(result.actors).toBe(82);
    const ranked = Object.entries(result.betweenness)
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id);
    expect(ranked.slice(0, 2).sort()).toEqual(['h1', 'h2']);
    // Exact: 40·41 pairs through h1 via h2 plus 40·39/2 among its own leaves = 2,420; an estimate lands near it.
    expect(result.betweenness.h1).toBeGreaterThan(1500);
    expect(result.betweenness.h1).toBeLessThan(3500);
  });

  it('analyseMap says when betweenness is an estimate, and stays exact on small maps', () => {
    const small = analyseMap(
      plainDoc(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    );
    expect(small.estimate).toBeNull();
    const ids = Array.from({ length: 1200 }, (_, i) => `a${i}`);
    const big = analyseMap(
      plainDoc(
        ids,
        ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]),
      ),
    );
    expect(big.estimate).toEqual({ sources: 500, actors: 1200 });
  });
});

describe('sources on very big maps', () => {
  it('keeps the searches’ total work that of 500 searches of a 10,000-actor map, never under 150 sources', () => {
    expect(sourcesWanted(5_000)).toBe(500);
    expect(sourcesWanted(10_000)).toBe(500);
    expect(sourcesWanted(20_000)).toBe(250);
    expect(sourcesWanted(50_000)).toBe(150);
    for (const n of [12_000, 20_000, 30_000]) {
      expect(sourcesWanted(n) * n).toBeLessThanOrEqual(500 * 10_000 + n); // within one source's rounding
      expect(sourcesWanted(n)).toBeLessThan(sourcesWanted(n - 2_000));
    }
    expect(sourcesWanted(1_000_000)).toBe(150);
  });
});
