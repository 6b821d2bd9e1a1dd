// How many actors or ties use each entry of the taxonomy, for the editor's "12 actors" and its delete questions.
// Kinds, tie types and statuses are on the canvas's slim records; care offers and fields are counted over the
// details, which the Care offers and Fields tabs fetch whole before showing any count (useAllDetails).
import { useShallow } from 'zustand/react/shallow';
import type { TaxonomyList } from '../../../shared/domain';
import { useDetailsStore, type DetailsState } from '../state/details-store';
import { useDocumentStore, type DocumentState } from '../state/document-store';

type Counts = Record<string, number>;

function bump(counts: Counts, id: string | null): void {
  if (id !== null) counts[id] = (counts[id] ?? 0) + 1;
}

const COUNTERS: Record<'kinds' | 'tieTypes' | 'tieStatuses', (s: DocumentState) => Counts> = {
  kinds: (s) => {
    const counts: Counts = {};
    for (const a of s.actors.values()) bump(counts, a.kindId);
    return counts;
  },
  tieTypes: (s) => {
    const counts: Counts = {};
    for (const t of s.ties.values()) bump(counts, t.tieTypeId);
    return counts;
  },
  tieStatuses: (s) => {
    const counts: Counts = {};
    for (const t of s.ties.values()) bump(counts, t.statusId);
    return counts;
  },
};

const DETAIL_COUNTERS: Record<'careOffers' | 'customFields', (s: DetailsState) => Counts> = {
  careOffers: (s) => {
    const counts: Counts = {};
    for (const a of s.actors.values()) for (const id of a.careOfferIds) bump(counts, id);
    return counts;
  },
  customFields: (s) => {
    const counts: Counts = {};
    for (const a of s.actors.values()) for (const id of Object.keys(a.customValues)) bump(counts, id);
    for (const t of s.ties.values()) for (const id of Object.keys(t.customValues)) bump(counts, id);
    return counts;
  },
};

/** Re-counted only when the map changes, and re-rendering only when a count does. */
export function useUsageCounts(list: TaxonomyList): Counts {
  const fromDetails = list === 'careOffers' || list === 'customFields';
  const slim = useDocumentStore(useShallow(fromDetails ? noCounts : COUNTERS[list]));
  const detailed = useDetailsStore(useShallow(fromDetails ? DETAIL_COUNTERS[list] : noCounts));
  return fromDetails ? detailed : slim;
}

const NO_COUNTS: Counts = {};
const noCounts = (): Counts => NO_COUNTS;
