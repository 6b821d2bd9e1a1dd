// Figures put in plain words for community workers: shares, density, counts.
import { percent } from '../../../shared/analysis/chart-data';

export { percent };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Density as a sentence a facilitator can say aloud. */
export function densityWords(density: number, actors: number): string {
  if (actors < 2) return 'Too few actors to say how closely they are linked.';
  const pct = percent(density);
  if (density >= 0.5) return `Closely knit: ${pct} of all possible ties exist.`;
  if (density >= 0.15) return `Fairly well linked: ${pct} of all possible ties exist.`;
  if (density >= 0.05) return `Loosely linked: ${pct} of all possible ties exist.`;
  return `Sparse: only ${pct} of all possible ties exist.`;
}

export function groupsWords(groups: number, largest: number, actors: number): string {
  if (actors === 0) return 'No actors yet.';
  if (groups <= 1) return 'Everyone is linked, directly or through others.';
  return `The map falls apart into ${groups} groups that do not reach each other; the largest has ${plural(largest, 'actor')}.`;
}
