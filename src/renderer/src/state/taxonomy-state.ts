// The map's lists as the renderer keeps them: sorted, indexed by id, and reusing unchanged entries so that
// a taxonomy edit re-renders only what shows the entries it changed (not every actor on a 5,000-actor map).
import type {
  CareOffer,
  Kind,
  KindId,
  Taxonomy,
  TieStatus,
  TieStatusId,
  TieType,
  TieTypeId,
  CustomField,
} from '../../../shared/domain';
import { sameContent } from '../../../shared/equal';

export interface TaxonomyState {
  /** In palette order. */
  kinds: Kind[];
  kindsById: ReadonlyMap<KindId, Kind>;
  tieTypes: TieType[];
  tieTypesById: ReadonlyMap<TieTypeId, TieType>;
  tieStatuses: TieStatus[];
  tieStatusesById: ReadonlyMap<TieStatusId, TieStatus>;
  careOffers: CareOffer[];
  customFields: CustomField[];
  /** The fields recorded on actors: what the actors' screens (filters, Size & colour, the table) offer. */
  actorFields: CustomField[];
  /** The fields recorded on ties: shown in a tie's Details. */
  tieFields: CustomField[];
}

export const EMPTY_TAXONOMY: TaxonomyState = {
  kinds: [],
  kindsById: new Map(),
  tieTypes: [],
  tieTypesById: new Map(),
  tieStatuses: [],
  tieStatusesById: new Map(),
  careOffers: [],
  customFields: [],
  actorFields: [],
  tieFields: [],
};

type Entry = { id: string; sortOrder: number };

function sameEntry(a: object, b: object): boolean {
  return sameContent(a, b);
}

/** The new list in display order, keeping the previous object for every entry that did not change. */
function reuse<T extends Entry>(previous: readonly T[], next: readonly T[]): T[] {
  const before = new Map(previous.map((e) => [e.id, e]));
  const sorted = [...next]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((e) => {
      const old = before.get(e.id);
      return old && sameEntry(old, e) ? old : e;
    });
  const unchanged = sorted.length === previous.length && sorted.every((e, i) => e === previous[i]);
  return unchanged ? (previous as T[]) : sorted;
}

function index<T extends { id: string }, Id extends string>(
  list: readonly T[],
  previous: ReadonlyMap<Id, T>,
  prevList: readonly T[],
): ReadonlyMap<Id, T> {
  return list === prevList ? previous : new Map(list.map((e) => [e.id as Id, e]));
}

/** What the store should hold after the server reported `taxonomy` (on open, after an edit, undo or redo). */
export function taxonomyState(taxonomy: Taxonomy, previous: TaxonomyState = EMPTY_TAXONOMY): TaxonomyState {
  const kinds = reuse(previous.kinds, taxonomy.kinds);
  const tieTypes = reuse(previous.tieTypes, taxonomy.tieTypes);
  const tieStatuses = reuse(previous.tieStatuses, taxonomy.tieStatuses);
  const customFields = reuse(previous.customFields, taxonomy.customFields);
  // Filtered again only when the fields changed, so screens subscribed to one list keep the same array otherwise.
  const unchanged = customFields === previous.customFields;
  return {
    kinds,
    kindsById: index(kinds, previous.kindsById, previous.kinds),
    tieTypes,
    tieTypesById: index(tieTypes, previous.tieTypesById, previous.tieTypes),
    tieStatuses,
    tieStatusesById: index(tieStatuses, previous.tieStatusesById, previous.tieStatuses),
    careOffers: reuse(previous.careOffers, taxonomy.careOffers),
    customFields,
    actorFields: unchanged ? previous.actorFields : customFields.filter((f) => f.appliesTo === 'actor'),
    tieFields: unchanged ? previous.tieFields : customFields.filter((f) => f.appliesTo === 'tie'),
  };
}
