// Which actors and ties a filter shows: plain data in, two id sets out, fast enough to run on every keystroke.
//
// Semantics (what the filter panel should say):
// - Each criterion is a list of accepted values; within one criterion ANY value matches (OR), e.g. kinds
//   [Hub, Charity] shows actors of either kind. An empty or missing list means the criterion is off.
// - Across criteria, ALL must match (AND): kinds [Hub] and tags [youth] shows hubs tagged youth.
// - Each custom field condition is its own criterion (AND with the others).
// - Actor criteria decide which actors are shown. A tie is shown when both its ends are shown and it passes every
//   tie criterion. Provenance (sources, certainties) applies to actors and ties alike.
// - With `hideUntiedActors` and a tie criterion on, actors left without any shown tie are hidden too.
import type {
  Actor,
  ActorId,
  ActorRole,
  CareMode,
  CareOfferId,
  Certainty,
  Consent,
  KindId,
  ProvenanceSource,
  Tie,
  TieId,
  TieStatusId,
  TieStrength,
  TieTypeId,
} from './domain';
import { actorText } from './actor-text';
import { fieldConditionTest } from './filter-fields';
import type { FieldCondition } from './field-condition';
import { fold } from './text-fold';

export type { FieldCondition } from './field-condition';

export interface MapFilter {
  kindIds?: readonly KindId[];
  /** null stands for "no role". */
  roles?: readonly (ActorRole | null)[];
  /** Matched whole, ignoring capitals and accents. */
  tags?: readonly string[];
  careOfferIds?: readonly CareOfferId[];
  careModes?: readonly CareMode[];
  /** null stands for "not recorded". */
  consent?: readonly (Consent | null)[];
  fields?: readonly FieldCondition[];
  /** Provenance: applies to actors and ties. */
  sources?: readonly ProvenanceSource[];
  certainties?: readonly Certainty[];
  /** null stands for "no type" / "no status". */
  tieTypeIds?: readonly (TieTypeId | null)[];
  tieStatusIds?: readonly (TieStatusId | null)[];
  tieStrengths?: readonly TieStrength[];
  hideUntiedActors?: boolean;
}

export const EMPTY_FILTER: MapFilter = {};

/** What a filter runs over: a MapDocument, or the renderer's maps' values (each iterated once). */
export interface FilterableMap {
  actors: Iterable<Actor>;
  ties: Iterable<Tie>;
}

export interface FilterResult {
  actorIds: Set<ActorId>;
  tieIds: Set<TieId>;
}

const on = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

function hasTieCriterion(filter: MapFilter): boolean {
  return (
    on(filter.tieTypeIds) ||
    on(filter.tieStatusIds) ||
    on(filter.tieStrengths) ||
    on(filter.sources) ||
    on(filter.certainties)
  );
}

/** For the "a filter is on" chip. */
export function isFilterActive(filter: MapFilter): boolean {
  return (
    on(filter.kindIds) ||
    on(filter.roles) ||
    on(filter.tags) ||
    on(filter.careOfferIds) ||
    on(filter.careModes) ||
    on(filter.consent) ||
    on(filter.fields) ||
    hasTieCriterion(filter)
  );
}

/**
 * Whether the filter reads fields beyond the slim canvas records (shared/canvas-records.ts): kinds, tie types,
 * statuses and strengths are on every slim record; roles, tags, care offers, care modes, consent, fields and
 * provenance are fetched on demand. Kept beside the tests below so the two cannot drift apart.
 */
export function filterNeedsDetails(filter: MapFilter): { actors: boolean; ties: boolean } {
  const provenance = on(filter.sources) || on(filter.certainties);
  const actors =
    on(filter.roles) ||
    on(filter.tags) ||
    on(filter.careOfferIds) ||
    on(filter.careModes) ||
    on(filter.consent) ||
    on(filter.fields) ||
    provenance;
  return { actors, ties: provenance };
}

type Test<T> = (record: T) => boolean;

/** One test per criterion that is on, built once per call so the loop over records does no set-up. */
function actorTests(filter: MapFilter): Test<Actor>[] {
  const tests: Test<Actor>[] = [];
  const setOf = <T>(list: readonly T[]) => new Set<T>(list);
  if (on(filter.kindIds)) {
    const kinds = setOf(filter.kindIds);
    tests.push((a) => kinds.has(a.kindId));
  }
  if (on(filter.roles)) {
    const roles = setOf(filter.roles);
    tests.push((a) => roles.has(a.role));
  }
  if (on(filter.tags)) {
    const tags = new Set(filter.tags.map(fold));
    // actorText keeps each record's folded tags, so repeated filtering folds nothing.
    tests.push((a) => actorText(a).tags.some((t) => tags.has(t)));
  }
  if (on(filter.careOfferIds)) {
    const offers = setOf(filter.careOfferIds);
    tests.push((a) => a.careOfferIds.some((id) => offers.has(id)));
  }
  if (on(filter.careModes)) {
    const modes = setOf(filter.careModes);
    tests.push((a) => a.careModes.some((m) => modes.has(m)));
  }
  if (on(filter.consent)) {
    const consent = setOf(filter.consent);
    tests.push((a) => consent.has(a.consent));
  }
  for (const condition of filter.fields ?? []) {
    const test = fieldConditionTest(condition);
    tests.push((a) => test(a.customValues[condition.fieldId]));
  }
  return [...tests, ...provenanceTests(filter)];
}

function provenanceTests(filter: MapFilter): Test<Actor | Tie>[] {
  const tests: Test<Actor | Tie>[] = [];
  if (on(filter.sources)) {
    const sources = new Set(filter.sources);
    tests.push((r) => sources.has(r.provenance.source));
  }
  if (on(filter.certainties)) {
    const certainties = new Set(filter.certainties);
    tests.push((r) => certainties.has(r.provenance.certainty));
  }
  return tests;
}

function tieTests(filter: MapFilter): Test<Tie>[] {
  const tests: Test<Tie>[] = [];
  if (on(filter.tieTypeIds)) {
    const types = new Set(filter.tieTypeIds);
    tests.push((t) => types.has(t.tieTypeId));
  }
  if (on(filter.tieStatusIds)) {
    const statuses = new Set(filter.tieStatusIds);
    tests.push((t) => statuses.has(t.statusId));
  }
  if (on(filter.tieStrengths)) {
    const strengths = new Set(filter.tieStrengths);
    tests.push((t) => strengths.has(t.strength));
  }
  return [...tests, ...provenanceTests(filter)];
}

/** The actors and ties the filter shows (see the semantics at the top of this file). */
export function applyFilter(map: FilterableMap, filter: MapFilter): FilterResult {
  const forActors = actorTests(filter);
  const forTies = tieTests(filter);
  const actorIds = new Set<ActorId>();
  for (const actor of map.actors) if (forActors.every((test) => test(actor))) actorIds.add(actor.id);
  const tieIds = new Set<TieId>();
  const tied = new Set<ActorId>();
  for (const tie of map.ties) {
    if (!actorIds.has(tie.fromId) || !actorIds.has(tie.toId)) continue;
    if (!forTies.every((test) => test(tie))) continue;
    tieIds.add(tie.id);
    tied.add(tie.fromId);
    tied.add(tie.toId);
  }
  if (filter.hideUntiedActors && hasTieCriterion(filter)) {
    for (const id of actorIds) if (!tied.has(id)) actorIds.delete(id);
  }
  return { actorIds, tieIds };
}
