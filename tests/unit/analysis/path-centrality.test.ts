// The fast betweenness and closeness give graphology-metrics' own answers on a random map with several parts.
import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { buildTopology } from '../../../src/shared/analysis/analysis-context';
import { pathCentrality } from '../../../src/shared/analysis/path-centrality';
import { plainDoc } from './analysis-docs';

describe('pathCentrality', () => {
  it('matches graphology-metrics on a random graph', () => {
    let state = 7;
    const random = () => ((state = (state * 1664525 + 1013904223) >>> 0), state / 2 ** 32);
    const ids = Array.from({ length: 120 }, (_, i) => `a${i}`);
    const ties = Array.from({ length: 200 }, () => [ids[Math.floor(random() * 100)]!, ids[Math.floor(random() * 100)]!] as [string, string]).filter(([a, b]) => a !== b);
    const doc = plainDoc(ids, ties);
    const graph = buildTopology(doc.actors, doc.ties);
    const ours = pathCentrality(graph);
    const theirsB = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
    const theirsC = closenessCentrality(graph, { wassermanFaust: true });
    for (const id of ids) {
      expect(ours.betweenness[id]).toBeCloseTo(theirsB[id]!, 6);
      expect(ours.closeness[id]).toBeCloseTo(theirsC[id]!, 9);
    }
  });
});
