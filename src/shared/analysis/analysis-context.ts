// What every metric reads: the map's undirected topology (graphology), each actor's kind class, and the heavy measures computed once.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import type { CanvasActor as Actor, CanvasDocument, CanvasTie as Tie } from '../canvas-records';
import type { ActorId, Kind, KindId } from '../domain';
import { kindClassOf, sideOf } from './kind-classes';
import { pathCentrality } from './path-centrality';
import type { KindClass, Side } from './types';
import type { Topology } from './topology';

export interface AnalysisContext {
  /** The slim records are enough: analysis reads ids, kinds and ties' ends, so the window can run it as opened. */
  doc: CanvasDocument;
  graph: Topology;
  /** Actors in map order, and the ties whose two ends are on the map and differ (self-ties are left out). */
  actors: Actor[];
  ties: Tie[];
  kindOf(actorId: ActorId): Kind | undefined;
  classOf(actorId: ActorId): KindClass;
  sideOf(actorId: ActorId): Side;
  betweenness(): Record<string, number>;
  closeness(): Record<string, number>;
  /** How many actors betweenness and closeness were worked out from (fewer than all on big maps: then they are estimates). */
  pathSources(): { sources: number; actors: number };
  communities(): Record<string, number>;
  /** Largest first. */
  components(): ActorId[][];
}

function memo<T>(fn: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: fn() }).v;
}

/** A small seeded generator so Louvain gives the same communities on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildTopology(actors: readonly Actor[], ties: readonly Tie[]): Topology {
  const graph: Topology = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of actors) graph.addNode(actor.id);
  for (const tie of ties) {
    const edge = graph.edge(tie.fromId, tie.toId);
    if (edge === undefined) graph.addEdge(tie.fromId, tie.toId, { ties: 1, weight: 1 });
    else graph.updateEdgeAttributes(edge, (a) => ({ ties: a.ties + 1, weight: a.weight + 1 }));
  }
  return graph;
}

/** Numbers communities by size, largest first, so "community 0" means the same kind of thing on every map. */
function renumber(raw: Record<string, number>): Record<string, number> {
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const index = new Map(ranked.map((c, i) => [c, i]));
  return Object.fromEntries(Object.entries(raw).map(([node, c]) => [node, index.get(c)!]));
}

function detectCommunities(graph: Topology): Record<string, number> {
  // Louvain needs at least one edge; with none, every actor is its own community.
  if (graph.size === 0) return Object.fromEntries(graph.nodes().map((n, i) => [n, i]));
  return renumber(louvain(graph, { rng: seededRandom(20_240_601), getEdgeWeight: 'weight' }));
}

export function analysisContext(doc: CanvasDocument): AnalysisContext {
  const actorById = new Map(doc.actors.map((a) => [a.id, a]));
  const kindById = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const classById = new Map<KindId, KindClass>(doc.kinds.map((k) => [k.id, kindClassOf(k)]));
  const ties = doc.ties.filter((t) => t.fromId !== t.toId && actorById.has(t.fromId) && actorById.has(t.toId));
  const graph = buildTopology(doc.actors, ties);
  const classOf = (id: ActorId): KindClass => {
    const kindId = actorById.get(id)?.kindId;
    return (kindId && classById.get(kindId)) || 'voluntary';
  };
  // Unweighted: a second tie between the same two actors does not make the path between them shorter.
  const paths = memo(() => pathCentrality(graph));
  return {
    doc,
    graph,
    actors: doc.actors,
    ties,
    kindOf: (id) => {
      const kindId = actorById.get(id)?.kindId;
      return kindId ? kindById.get(kindId) : undefined;
    },
    classOf,
    sideOf: (id) => sideOf(classOf(id)),
    betweenness: () => paths().betweenness,
    closeness: () => paths().closeness,
    pathSources: () => ({ sources: paths().sources, actors: paths().actors }),
    communities: memo(() => detectCommunities(graph)),
    components: memo(() => (connectedComponents(graph) as ActorId[][]).sort((a, b) => b.length - a.length)),
  };
}
