// What the Analysis panel's charts and the report's charts draw, shared by both: actors by kind (bars) and the
// kind-mixing heatmap, each with its colours and its words, filled from the analysis and the map's kinds.
import type { Kind, KindId } from '../domain';
import type { MapAnalysis } from './types';

export interface KindCount {
  kindId: KindId | null;
  name: string;
  colour: string;
  count: number;
  /** 0..1 of all actors. */
  share: number;
}

export interface MixingMatrix {
  kinds: { kindId: KindId | null; name: string; colour: string }[];
  /** observed[i][j]: ties between kinds i and j (i ≤ j; symmetric). */
  observed: number[][];
  /** What observed would be if ties ignored kind. */
  expected: number[][];
}

export interface ChartData {
  kinds: KindCount[];
  mixing: MixingMatrix;
}

const NO_COLOUR = '#8a94a3';

export function chartData(analysis: MapAnalysis, kindsById: ReadonlyMap<KindId, Kind>): ChartData {
  const colour = (id: KindId) => kindsById.get(id)?.colour ?? NO_COLOUR;
  const names = new Map(analysis.kinds.map((k) => [k.kindId, k.name]));
  return {
    kinds: analysis.kinds.map((k) => ({
      kindId: k.kindId,
      name: k.name,
      colour: colour(k.kindId),
      count: k.count,
      share: k.share,
    })),
    mixing: {
      kinds: analysis.mixing.kindIds.map((id) => ({
        kindId: id,
        name: names.get(id) ?? kindsById.get(id)?.name ?? 'Other',
        colour: colour(id),
      })),
      observed: analysis.mixing.observed,
      expected: analysis.mixing.expected,
    },
  };
}

export function percent(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}

/** Red where there are far fewer ties than expected, blue where there are more; white where they match. */
export function mixingCellRgb(observed: number, expected: number): [number, number, number] {
  if (expected <= 0 && observed <= 0) return [255, 255, 255];
  const ratio = (observed + 0.5) / (expected + 0.5);
  const strength = Math.min(1, Math.abs(Math.log2(ratio)) / 2);
  const [r, g, b] = ratio < 1 ? [214, 96, 77] : [67, 147, 195];
  const mix = (c: number) => Math.round(255 + (c - 255) * strength * 0.8);
  return [mix(r), mix(g), mix(b)];
}

export function mixingCellColour(observed: number, expected: number): string {
  const [r, g, b] = mixingCellRgb(observed, expected);
  return `rgb(${r}, ${g}, ${b})`;
}

export function mixingCellWords(observed: number, expected: number): string {
  const exp = expected.toFixed(1);
  if (observed < expected * 0.5) return `${observed} ties, about ${exp} expected: far fewer`;
  if (observed > expected * 1.5) return `${observed} ties, about ${exp} expected: more`;
  return `${observed} ties, about ${exp} expected`;
}

export const MIXING_CAPTION =
  'Ties between each pair of kinds (columns numbered as the rows). The small figure is what we would expect if ties ignored kind; red cells have far fewer ties than that (a gap), blue cells more.';
