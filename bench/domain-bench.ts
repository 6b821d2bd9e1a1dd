// `npx tsx bench/domain-bench.ts`: filter, search and focus on a 5,000-actor, 15,000-tie map (median of 9 runs),
// the pure-domain part of the ≤ 200 ms budget for updating the canvas after a filter or search.
import type { ActorId } from '../src/shared/domain';
import { applyFilter } from '../src/shared/filter';
import { neighbourhood } from '../src/shared/neighbourhood';
import { searchActors } from '../src/shared/search';
import { FIELDS, fieldId, kind, largeMap, offer, tieType } from '../tests/unit/domain/sample-map';

function medianMs(run: () => unknown, times = 9): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const map = largeMap(5000);
const filter = {
  kindIds: [kind('hub'), kind('charity'), kind('grassroots')],
  tags: ['youth', 'food'],
  careOfferIds: [offer('meals'), offer('advice')],
  fields: [{ fieldId: fieldId('budget'), op: 'range' as const, min: 1000 }],
  tieTypeIds: [tieType('referral'), tieType('peer')],
};
const filterMs = medianMs(() => applyFilter(map, filter));
const coldStart = performance.now();
searchActors({ actors: map.actors, customFields: FIELDS }, 'mill', 50);
const searchColdMs = performance.now() - coldStart;
const searchMs = medianMs(() => searchActors({ actors: map.actors, customFields: FIELDS }, 'maple st', 50));
const searchFieldMs = medianMs(() => searchActors({ actors: map.actors, customFields: FIELDS }, 'workshop', 50));
const focusMs = medianMs(() => neighbourhood(map, 'a42' as ActorId, 2));
console.log(
  `5,000 actors / ${map.ties.length.toLocaleString('en-GB')} ties: filter ${filterMs.toFixed(2)} ms, ` +
    `search ${searchMs.toFixed(2)} ms (first search ${searchColdMs.toFixed(1)} ms, field match ${searchFieldMs.toFixed(2)} ms), ` +
    `2-step neighbourhood ${focusMs.toFixed(2)} ms`,
);
