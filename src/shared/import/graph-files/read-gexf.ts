// Reads Gephi's GEXF (1.1–1.3): nodes with their attributes, viz colour, size and position; edges with their
// direction (the graph's default, or each edge's own type: directed, undirected, mutual), weight, label and kind.
import { attr, child, children, parseXmlSafely, textOf, type XmlNode } from './xml-safe';
import {
  graphWorkbook,
  refuseGraph,
  type EdgeDirection,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from './graph-table';
import type { RawWorkbook } from '../import-types';

interface AttributeDef {
  title: string;
  fallback: string | undefined;
}

function definitions(graph: XmlNode, kind: 'node' | 'edge'): Map<string, AttributeDef> {
  const defs = new Map<string, AttributeDef>();
  for (const block of children(graph, 'attributes')) {
    if ((attr(block, 'class') ?? 'node') !== kind) continue;
    for (const a of children(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const fallback = child(a, 'default');
      defs.set(id, { title: attr(a, 'title') ?? id, fallback: fallback ? textOf(fallback) : undefined });
    }
  }
  return defs;
}

function attributeValues(element: XmlNode, defs: Map<string, AttributeDef>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const def of defs.values())
    if (def.fallback !== undefined && def.fallback !== '') values[def.title] = def.fallback;
  for (const block of children(element, 'attvalues')) {
    for (const v of children(block, 'attvalue')) {
      const key = attr(v, 'for') ?? attr(v, 'id');
      if (key === undefined) continue;
      values[defs.get(key)?.title ?? key] = attr(v, 'value') ?? '';
    }
  }
  return values;
}

const DIRECTIONS: Record<string, EdgeDirection> = { directed: 'directed', undirected: 'undirected', mutual: 'mutual' };

function hex(n: string | undefined): string {
  const v = Math.max(0, Math.min(255, Math.round(Number(n ?? 0)) || 0));
  return v.toString(16).padStart(2, '0');
}

export function readGexf(fileName: string, bytes: Uint8Array): RawWorkbook {
  const root = child(parseXmlSafely(fileName, bytes, 'GEXF'), 'gexf');
  const graph = child(root, 'graph');
  if (!root || !graph)
    throw refuseGraph(fileName, `“${fileName}” is not a GEXF file: it has no <gexf> with a <graph> in it.`);
  const fallback = DIRECTIONS[(attr(graph, 'defaultedgetype') ?? 'undirected').toLowerCase()] ?? 'undirected';
  const nodeDefs = definitions(graph, 'node');
  const edgeDefs = definitions(graph, 'edge');
  const nodes: GraphNode[] = [];
  for (const block of children(graph, 'nodes')) {
    for (const n of children(block, 'node')) {
      const id = attr(n, 'id');
      if (id === undefined) continue;
      const node: GraphNode = { id, label: attr(n, 'label') ?? id, attributes: attributeValues(n, nodeDefs) };
      const colour = child(n, 'color');
      if (colour) node.colour = `#${hex(attr(colour, 'r'))}${hex(attr(colour, 'g'))}${hex(attr(colour, 'b'))}`;
      const size = Number(attr(child(n, 'size'), 'value'));
      if (Number.isFinite(size) && attr(child(n, 'size'), 'value') !== undefined) node.size = size;
      const position = child(n, 'position');
      if (position) {
        // Gephi's y axis points up, the map's down: flipped, so the picture is the one Gephi showed.
        const x = Number(attr(position, 'x'));
        const y = Number(attr(position, 'y'));
        if (Number.isFinite(x) && Number.isFinite(y)) Object.assign(node, { x, y: -y });
      }
      nodes.push(node);
    }
  }
  const edges: GraphEdge[] = [];
  for (const block of children(graph, 'edges')) {
    for (const e of children(block, 'edge')) {
      const source = attr(e, 'source');
      const target = attr(e, 'target');
      if (source === undefined || target === undefined) continue;
      const edge: GraphEdge = {
        source,
        target,
        direction: DIRECTIONS[(attr(e, 'type') ?? '').toLowerCase()] ?? fallback,
        attributes: attributeValues(e, edgeDefs),
      };
      const weight = attr(e, 'weight');
      if (weight !== undefined) edge.weight = weight;
      const label = attr(e, 'label');
      if (label) edge.label = label;
      const kind = attr(e, 'kind');
      if (kind) edge.type = kind;
      edges.push(edge);
    }
  }
  return graphWorkbook(fileName, { nodes, edges } satisfies Graph);
}
