// Which actors and ties are drawn in full, dimmed or hidden: filter, focus and search, computed once per change
// of (document, filter, focus, query) and read per element through primitive selectors.
import { create } from 'zustand';
import type { Actor, ActorId, Tie, TieId } from '../../../shared/domain';
import {
  applyFilter,
  filterNeedsDetails,
  isFilterActive,
  type FilterableMap,
  type FilterResult,
  type MapFilter,
} from '../../../shared/filter';
import { neighbourhood, tiesAmong } from '../../../shared/neighbourhood';
import { searchActors } from '../../../shared/search';
import { requestAllActors, requestAllTies, useDetailsStore, type DetailsState } from './details-store';
import { useDocumentStore, type DocumentState } from './document-store';
import { useSearchStore } from './search-store';
import { useViewStore } from './view-store';

/** 0: drawn in full; 1: dimmed; 2: not drawn. */
export type Look = 0 | 1 | 2;
export const FULL: Look = 0;
export const DIM: Look = 1;
export const HIDDEN: Look = 2;

export interface VisibleState {
  /** null: no filter is on, everything passes. */
  filtered: FilterResult | null;
  hideFilteredOut: boolean;
  focusActors: Set<ActorId> | null;
  focusTies: Set<TieId> | null;
  /** Every actor the search box matches, while it has a query. */
  found: Set<ActorId> | null;
}

export const useVisibleStore = create<VisibleState>()(() => ({
  filtered: null,
  hideFilteredOut: false,
  focusActors: null,
  focusTies: null,
  found: null,
}));

export function actorLook(s: VisibleState, id: string): Look {
  if (s.filtered && !s.filtered.actorIds.has(id as ActorId)) return s.hideFilteredOut ? HIDDEN : DIM;
  if (s.focusActors && !s.focusActors.has(id as ActorId)) return DIM;
  if (s.found && !s.found.has(id as ActorId)) return DIM;
  return FULL;
}

export function tieLook(s: VisibleState, id: string): Look {
  if (s.filtered && !s.filtered.tieIds.has(id as TieId)) return s.hideFilteredOut ? HIDDEN : DIM;
  if (s.focusTies && !s.focusTies.has(id as TieId)) return DIM;
  if (s.found) return DIM;
  return FULL;
}

/** One boolean-like number per element: a filter change re-renders only the elements whose look changed. */
export const useActorLook = (id: string): Look => useVisibleStore((s) => actorLook(s, id));
export const useTieLook = (id: string): Look => useVisibleStore((s) => tieLook(s, id));

// Each part is memoised on its own inputs, so typing a search does not re-run the filter and vice versa.
let filterInputs: unknown[] = [];
let focusInputs: unknown[] = [];
let searchInputs: unknown[] = [];
const changed = (before: unknown[], now: unknown[]) =>
  before.length !== now.length || now.some((v, i) => v !== before[i]);

/**
 * The records a filter runs over: the slim ones when it reads only kinds, tie types, statuses and strengths; the
 * fetched details when it reads more — null (nothing filtered yet) while those are on their way.
 */
function filterSource(doc: DocumentState, details: DetailsState, filter: MapFilter): FilterableMap | null {
  const needs = filterNeedsDetails(filter);
  if (needs.actors && !details.allActors) void requestAllActors();
  if (needs.ties && !details.allTies) void requestAllTies();
  if ((needs.actors && !details.allActors) || (needs.ties && !details.allTies)) return null;
  return {
    // Without details the filter reads only fields every slim record has (filterNeedsDetails says which).
    actors: needs.actors ? details.actors.values() : (doc.actors.values() as Iterable<Actor>),
    ties: needs.ties ? details.ties.values() : (doc.ties.values() as Iterable<Tie>),
  };
}

function recompute(): void {
  const doc = useDocumentStore.getState();
  const details = useDetailsStore.getState();
  const view = useViewStore.getState();
  const search = useSearchStore.getState();
  const next: Partial<VisibleState> = {};
  const needs = filterNeedsDetails(view.filter);
  // Details enter the inputs only when the filter reads them, so fetching one actor's details re-runs nothing.
  const fIn = [doc.actors, doc.ties, view.filter, needs.actors && details.actors, needs.ties && details.ties];
  if (changed(filterInputs, fIn)) {
    filterInputs = fIn;
    const source = isFilterActive(view.filter) ? filterSource(doc, details, view.filter) : null;
    next.filtered = source ? applyFilter(source, view.filter) : null;
  }
  const focus = view.focus && doc.actors.has(view.focus.actorId) ? view.focus : null;
  const cIn = [doc.ties, focus?.actorId, focus?.steps];
  if (changed(focusInputs, cIn)) {
    focusInputs = cIn;
    const actors = focus ? neighbourhood({ ties: doc.ties.values() }, focus.actorId, focus.steps) : null;
    next.focusActors = actors;
    next.focusTies = actors ? tiesAmong(doc.ties.values(), actors) : null;
  }
  // Search looks in every field, so it runs over the fetched details (the search box asks for them on opening).
  const query = search.open ? search.query.trim() : '';
  if (query !== '' && !details.allActors) void requestAllActors();
  const searchable = query !== '' && details.allActors ? details.actors : null;
  const sIn = [searchable, doc.careOffers, doc.actorFields, query];
  if (changed(searchInputs, sIn)) {
    searchInputs = sIn;
    const map = searchable && {
      actors: searchable.values(),
      careOffers: doc.careOffers,
      customFields: doc.actorFields,
    };
    next.found = map ? new Set(searchActors(map, query, Number.MAX_SAFE_INTEGER).map((r) => r.actorId)) : null;
  }
  const hide = view.filteredOut === 'hide';
  if (hide !== useVisibleStore.getState().hideFilteredOut) next.hideFilteredOut = hide;
  if (Object.keys(next).length > 0) useVisibleStore.setState(next);
}

useDocumentStore.subscribe(recompute);
useDetailsStore.subscribe(recompute);
useViewStore.subscribe(recompute);
useSearchStore.subscribe(recompute);
recompute();
