// Size by betweenness and colour by community: the analysis's per-actor figures turned into values the canvas draws.
import type { ActorId } from '../../../shared/domain';
import type { MapAnalysis } from '../../../shared/analysis/types';

/** Colour-blind-safe (Okabe–Ito) colours for the largest communities; the rest share grey. */
export const COMMUNITY_COLOURS = ['#e69f00', '#56b4e9', '#009e73', '#0072b2', '#d55e00', '#cc79a7', '#f0e442'];
export const OTHER_COMMUNITY_COLOUR = '#999999';

export function betweennessValues(analysis: MapAnalysis): Map<ActorId, number> {
  return new Map(analysis.actors.map((a) => [a.actorId, a.betweenness]));
}

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
}

export function communityColours(analysis: MapAnalysis): Map<ActorId, string> {
  return new Map(analysis.actors.map((a) => [a.actorId, communityColour(a.community)]));
}
