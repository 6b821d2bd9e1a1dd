// Betweenness and closeness in one pass of breadth-first searches over typed arrays; on big maps from a sample of sources.
import type { Topology } from './topology';

export interface PathCentrality {
  /** Raw undirected betweenness (each pair counted once), as graphology's `normalized: false`. */
  betweenness: Record<string, number>;
  /** Wasserman–Faust closeness, as graphology's `wassermanFaust: true`. */
  closeness: Record<string, number>;
  /** How many actors the searches started from; equal to `actors` when the figures are exact. */
  sources: number;
  actors: number;
}

/**
 * Up to this many actors every actor is a source and the figures are exact (a 1,000-actor map takes well under a second).
 * Above it, searches start from about SAMPLE_SOURCES actors: the figures are estimates (Brandes & Pich 2007, "Centrality
 * estimation in large networks"), each within a few per cent on the top actors, and the whole map is analysed in time.
 */
export const EXACT_UP_TO = 1000;
export const SAMPLE_SOURCES = 500;
/**
 * Above this many actors the number of sources falls as the map grows, so the searches' total work stays that of
 * SAMPLE_SOURCES searches of a map this size (each search walks the whole map): 250 sources at 20,000 actors, and
 * never fewer than FEWEST_SOURCES (150 from 33,000 actors up). The estimate's relative error on the top actors grows
 * about as 1/√sources (Brandes & Pich), from a few per cent at 500 to under twice that at 150, and the panel and
 * report say how many actors the figures come from.
 */
export const FEWER_SOURCES_ABOVE = 10_000;
export const FEWEST_SOURCES = 150;

export interface PathOptions {
  exactUpTo?: number;
  sampleSources?: number;
}

/** How many sources to search from on a map of `actors` (all of them on small maps). */
export function sourcesWanted(actors: number, sampleSources = SAMPLE_SOURCES): number {
  if (actors <= FEWER_SOURCES_ABOVE) return sampleSources;
  return Math.max(FEWEST_SOURCES, Math.round((sampleSources * FEWER_SOURCES_ABOVE) / actors));
}

/** Seeded so the same map gives the same estimates every time (the panel would flicker otherwise). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Connected components as a component number per node and each component's size. */
function componentsOf(n: number, start: Int32Array, adj: Int32Array): { of: Int32Array; sizes: number[] } {
  const of = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (of[s] !== -1) continue;
    const c = sizes.length;
    of[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
        const w = adj[k]!;
        if (of[w] === -1) {
          of[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { of, sizes };
}

/**
 * Sources per component, sampled in proportion to its size (at least 2 from every component with more than one actor),
 * so every part of the map is measured and each component's estimates scale by its own size over its own sources.
 */
function chooseSources(
  n: number,
  of: Int32Array,
  sizes: number[],
  wanted: number,
): { sources: Int32Array; scale: Float64Array } {
  const members: number[][] = sizes.map(() => []);
  for (let v = 0; v < n; v++) members[of[v]!]!.push(v);
  const random = seededRandom(n * 7919 + wanted);
  const chosen: number[] = [];
  const scale = new Float64Array(sizes.length).fill(1);
  members.forEach((list, c) => {
    const take = Math.min(list.length, Math.max(2, Math.round((list.length * wanted) / n)));
    // A partial Fisher–Yates shuffle picks `take` distinct members.
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (list.length - i));
      [list[i], list[j]] = [list[j]!, list[i]!];
      chosen.push(list[i]!);
    }
    scale[c] = list.length / take;
  });
  return { sources: Int32Array.from(chosen), scale };
}

/**
 * Brandes' algorithm (2001) on the unweighted topology. Exact on maps up to EXACT_UP_TO actors, where the results equal
 * graphology-metrics' betweenness and closeness (a test checks that on a random graph).
 */
export function pathCentrality(graph: Topology, options: PathOptions = {}): PathCentrality {
  const exactUpTo = options.exactUpTo ?? EXACT_UP_TO;
  const sampleSources = options.sampleSources ?? SAMPLE_SOURCES;
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  // Compressed adjacency: neighbours of i are adj[start[i] .. start[i + 1]).
  const start = new Int32Array(n + 1);
  nodes.forEach((node, i) => (start[i + 1] = start[i]! + graph.degree(node)));
  const adj = new Int32Array(start[n]!);
  nodes.forEach((node, i) => {
    let k = start[i]!;
    graph.forEachNeighbor(node, (neighbour) => (adj[k++] = index.get(neighbour)!));
  });

  const { of, sizes } = componentsOf(n, start, adj);
  const exact = n <= exactUpTo;
  const { sources, scale } = exact
    ? { sources: Int32Array.from({ length: n }, (_, i) => i), scale: new Float64Array(sizes.length).fill(1) }
    : chooseSources(n, of, sizes, sourcesWanted(n, sampleSources));

  const between = new Float64Array(n);
  // Sum of distances from the sources to each node: on an undirected map that is the sum of distances from the node.
  const distanceSum = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    const weight = scale[of[s]!]!;
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      distanceSum[v]! += weight * (next - 1);
      for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
        const w = adj[k]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sv;
      }
    }
    // Back through the search order: each node passes its dependency to the predecessors one step nearer s.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const previous = dist[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let k = start[w]!, end = start[w + 1]!; k < end; k++) {
        const v = adj[k]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * share;
      }
      between[w]! += weight * delta[w]!;
    }
    // Reset only what this search touched, so each search costs its component, not the whole map.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  const betweenness: Record<string, number> = {};
  const closeness: Record<string, number> = {};
  nodes.forEach((node, i) => {
    // Every pair is searched from both ends on an undirected graph.
    betweenness[node] = between[i]! / 2;
    const reached = sizes[of[i]!]! - 1;
    const total = distanceSum[i]!;
    closeness[node] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
  });
  return { betweenness, closeness, sources: sources.length, actors: n };
}
