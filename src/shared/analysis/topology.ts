// The type of the graph every metric reads, apart from analysis-context.ts so metrics it calls can name it.
import type Graph from 'graphology';

/**
 * Topology is undirected on purpose: many ties carry no direction ('none' or 'mutual'), care flows both ways along a
 * relationship, and fragmentation is about whether people can reach each other at all, not along which arrow.
 * Parallel ties between the same two actors become one edge whose `ties` attribute counts them.
 */
export type Topology = Graph<Record<string, never>, { ties: number; weight: number }>;
