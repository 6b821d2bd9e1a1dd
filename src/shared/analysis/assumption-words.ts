// What the analysis assumes, in words for a community worker: the same sentences in the panel, the terminal summary
// and the report, so the three never disagree about how a figure was worked out.
import type { AssumptionsFigure } from './types';

export function assumptionSentences(a: AssumptionsFigure): string[] {
  const w = a.strengthWeights;
  return [
    'Groups, density, who bridges, single points of failure, communities and ties between kinds treat every tie as two-way and of equal weight (undirected and unweighted): which way a tie points and how strong it is do not change them, and two ties between the same two actors count once.',
    a.directedTies > 0
      ? 'Ties in and out follow the arrows: a one-way tie counts out for the actor it starts from and in for the one it points to, a mutual tie counts both ways, and a tie with no direction counts neither.'
      : 'No tie on this map has a direction, so there are no figures for ties in and out.',
    a.weighted
      ? `Weighted figures count each tie by its strength: weak ${w.weak}, medium ${w.medium}, strong ${w.strong}.`
      : 'Every tie has the same strength, so weighted figures would only repeat the counts.',
  ];
}
