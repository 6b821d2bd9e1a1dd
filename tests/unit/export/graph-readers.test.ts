// Issue 13 point 5: the GraphML and GEXF exports read by networkx (both) and igraph (GraphML), with counts,
// directions, labels, kinds, colours and positions intact, on a map mixing one-way, mutual and undirected ties.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExport } from '../../../src/shared/export/build-export';
import type { MapDocument } from '../../../src/shared/domain';
import { DIRECTION_CELLS } from '../../../src/shared/spreadsheet-columns';
import { STRENGTH_WEIGHT } from '../../../src/shared/export/export-attributes';
import { hexToRgb } from '../../../src/shared/export/xml';
import { writeDemoMap } from '../../../src/main/demo/build-demo-map';
import { openMapStore } from '../../../src/main/store';
import { tempDir } from '../store/temp-maps';
import { writeRichMap } from './export-fixture';
import { findPythonWithReaders, requireTool, runTool } from './external-tools';

interface Seen {
  directed: boolean;
  nodes: { label: string; kind: string; colour: number[]; position: number[] }[];
  edges: { source: string; target: string; tie: number | null; direction: string; weight: number }[];
}
type Readers = { networkx_graphml: Seen; networkx_gexf: Seen; igraph_graphml: Seen; networkx_version: string };

const SCRIPT = resolve(__dirname, 'graph-readers.py');
const pythonFound = findPythonWithReaders();

async function readBack(python: string, doc: MapDocument): Promise<Readers> {
  const dir = tempDir();
  const paths = (['graphml', 'gexf'] as const).map((format) => {
    const file = join(dir, `map.${format}`);
    writeFileSync(file, buildExport(doc, format, { anonymise: false })[0]!.bytes);
    return file;
  });
  const result = await runTool(python, [SCRIPT, ...paths]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Readers;
}

/** What every reader should see: each actor once, each one-way tie one way, each other tie both ways. */
function expected(doc: MapDocument) {
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k]));
  const name = new Map(doc.actors.map((a) => [a.id as string, a.name]));
  const nodes = doc.actors
    .map((a) => ({
      label: a.name,
      kind: kinds.get(a.kindId)!.name,
      colour: hexToRgb(kinds.get(a.kindId)!.colour),
      position: [a.x, a.y],
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const edges = doc.ties
    .flatMap((t) => {
      const edge = (source: string, target: string) => ({
        source: name.get(source)!,
        target: name.get(target)!,
        direction: DIRECTION_CELLS[t.direction],
        weight: STRENGTH_WEIGHT[t.strength],
      });
      return t.direction === 'one-way' ? [edge(t.fromId, t.toId)] : [edge(t.fromId, t.toId), edge(t.toId, t.fromId)];
    })
    .sort(byEnds);
  return { nodes, edges };
}
const byEnds = (a: { source: string; target: string }, b: { source: string; target: string }) =>
  `${a.source}→${a.target}`.localeCompare(`${b.source}→${b.target}`);
const sortedNodes = (seen: Seen) => [...seen.nodes].sort((a, b) => a.label.localeCompare(b.label));
const edgesWithout = (seen: Seen, drop: 'tie') =>
  seen.edges.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== drop))).sort(byEnds as never);

describe('graph files read by networkx and igraph', () => {
  it('a mixed map: directed graph, mutual and undirected ties both ways, nodes with label, kind, colour, position', async (ctx) => {
    const python = requireTool(await pythonFound, 'python3 with networkx and igraph', () => ctx.skip());
    const { doc } = writeRichMap(tempDir());
    expect(new Set(doc.ties.map((t) => t.direction))).toEqual(new Set(['one-way', 'mutual', 'none']));
    const seen = await readBack(python, doc);
    const want = expected(doc);
    for (const reader of ['networkx_graphml', 'igraph_graphml', 'networkx_gexf'] as const) {
      const graph = seen[reader];
      expect(graph.directed, reader).toBe(true);
      // GEXF's y axis points up (Gephi's), so the y read back is the map's, negated.
      const flip = reader === 'networkx_gexf' ? -1 : 1;
      expect(sortedNodes(graph), reader).toEqual(
        want.nodes.map((n) => ({ ...n, position: [n.position[0], flip * n.position[1]! + 0] })),
      );
      expect(edgesWithout(graph, 'tie'), reader).toEqual(want.edges);
    }
    // GraphML's tie number puts the two edges of a pair back together: as many numbers as the map has ties.
    for (const reader of ['networkx_graphml', 'igraph_graphml'] as const) {
      expect(new Set(seen[reader].edges.map((e) => e.tie)).size, reader).toBe(doc.ties.length);
    }
  });

  it('a map with only undirected ties is an undirected graph, one edge a tie, in every reader', async (ctx) => {
    const python = requireTool(await pythonFound, 'python3 with networkx and igraph', () => ctx.skip());
    const { doc } = writeRichMap(tempDir());
    const undirected: MapDocument = { ...doc, ties: doc.ties.map((t) => ({ ...t, direction: 'none' })) };
    const seen = await readBack(python, undirected);
    for (const reader of ['networkx_graphml', 'igraph_graphml', 'networkx_gexf'] as const) {
      expect(seen[reader].directed, reader).toBe(false);
      expect(seen[reader].edges, reader).toHaveLength(doc.ties.length);
    }
  });

  it('the demo map (the issue’s failing case: mutual ties) reads whole in networkx and igraph', async (ctx) => {
    const python = requireTool(await pythonFound, 'python3 with networkx and igraph', () => ctx.skip());
    const path = join(tempDir(), 'Demo.caremap');
    writeDemoMap(path);
    const store = openMapStore(path);
    const doc = store.document();
    store.close();
    expect(doc.ties.some((t) => t.direction === 'mutual')).toBe(true);
    const seen = await readBack(python, doc);
    const want = expected(doc);
    for (const reader of ['networkx_graphml', 'igraph_graphml', 'networkx_gexf'] as const) {
      expect(seen[reader].directed, reader).toBe(true);
      expect(seen[reader].nodes, reader).toHaveLength(doc.actors.length);
      expect(edgesWithout(seen[reader], 'tie'), reader).toEqual(want.edges);
    }
  });
});
