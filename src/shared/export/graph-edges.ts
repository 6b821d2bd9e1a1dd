// How ties become the edges of a graph file, so every reader agrees on directions. networkx and igraph cannot read
// a graph mixing directed and undirected edges (networkx refuses it, igraph makes every edge directed), so:
// a map with no directed tie is written as an undirected graph, one edge a tie; any other map as a directed graph
// in which a one-way tie is one edge and a mutual or undirected tie is two edges, one each way. Each edge carries
// the tie's number and its Direction, so a reader can put the pair back together.
import type { MapDocument, Tie } from '../domain';

export interface GraphEdge {
  /** A safe XML identifier, e0, e1…: unique per edge, not per tie. */
  id: string;
  tie: Tie;
  /** 1-based position of the tie in the map: the same on both edges of a pair. */
  tieNumber: number;
  source: string;
  target: string;
  /** True on the second edge of a pair (target → source). */
  reverse: boolean;
}

export function graphIsDirected(doc: MapDocument): boolean {
  return doc.ties.some((t) => t.direction !== 'none');
}

/**
 * A valid XML name made from a record's own id: ids chosen by a map are not always XML names. Derived from the id,
 * not the record's position, so an anonymised export (whose records have fresh ids) shares no id with an earlier
 * named export of the same map; `taken` keeps two ids that clean up alike apart.
 */
function safeId(prefix: string, id: string, taken: Set<string>): string {
  const base = `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/** Safe node identifiers by actor id. */
export function nodeIds(doc: MapDocument): Map<string, string> {
  const taken = new Set<string>();
  return new Map(doc.actors.map((a) => [a.id as string, safeId('n', a.id, taken)]));
}

export function graphEdges(doc: MapDocument, nodes: Map<string, string>, doublePairs: boolean): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const taken = new Set<string>();
  doc.ties.forEach((tie, i) => {
    const source = nodes.get(tie.fromId);
    const target = nodes.get(tie.toId);
    if (source === undefined || target === undefined) return;
    edges.push({ id: safeId('e', tie.id, taken), tie, tieNumber: i + 1, source, target, reverse: false });
    if (doublePairs && tie.direction !== 'one-way')
      edges.push({
        id: safeId('e', `${tie.id}_back`, taken),
        tie,
        tieNumber: i + 1,
        source: target,
        target: source,
        reverse: true,
      });
  });
  return edges;
}
