// The reference the layout-quality bench compares with: graphology's ForceAtlas2 followed by its noverlap, as a
// Gephi user would run them, scaled so the median tie is as long as in Caremap's layout.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { ACTOR_BOX } from '../src/shared/layout/actor-box';
import type { LayoutActor, LayoutTie } from '../src/shared/layout';

export function medianTieLength(at: ReadonlyMap<string, { x: number; y: number }>, ties: readonly LayoutTie[]): number {
  const lengths = ties
    .filter((t) => t.fromId !== t.toId)
    .map((t) => Math.hypot(at.get(t.fromId)!.x - at.get(t.toId)!.x, at.get(t.fromId)!.y - at.get(t.toId)!.y))
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 1;
}

/** ForceAtlas2 (settings inferred for the graph's size, Barnes–Hut on big graphs) then noverlap with each actor's box. */
export function referenceLayout(
  actors: readonly LayoutActor[],
  ties: readonly LayoutTie[],
  targetMedian: number,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const a of actors) graph.addNode(a.id, { x: a.x, y: a.y, size: 1 });
  for (const t of ties) if (t.fromId !== t.toId && !graph.hasEdge(t.fromId, t.toId)) graph.addEdge(t.fromId, t.toId);
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations: actors.length > 500 ? 300 : 500, settings });
  const at = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attr) => at.set(id, { x: attr.x as number, y: attr.y as number }));
  const scale = targetMedian / Math.max(1e-9, medianTieLength(at, ties));
  // Noverlap treats actors as circles: the radius that holds the whole box (shape and name) keeps names apart.
  const radius = Math.hypot(ACTOR_BOX.width, ACTOR_BOX.height) / 2;
  graph.forEachNode((id, attr) =>
    graph.mergeNodeAttributes(id, { x: (attr.x as number) * scale, y: (attr.y as number) * scale, size: radius }),
  );
  noverlap.assign(graph, { maxIterations: 500, settings: { margin: 6, ratio: 1, speed: 3 } });
  graph.forEachNode((id, attr) => at.set(id, { x: attr.x as number, y: attr.y as number }));
  return at;
}
