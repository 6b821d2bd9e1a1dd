// How many actors or ties use each entry of the taxonomy, for the editor's "12 actors" and its delete questions.
import { useShallow } from 'zustand/react/shallow';
import type { TaxonomyList } from '../../../shared/domain';
import { useDocumentStore, type DocumentState } from '../state/document-store';

type Counts = Record<string, number>;

function bump(counts: Counts, id: string | null): void {
  if (id !== null) counts[id] = (counts[id] ?? 0) + 1;
}

const COUNTERS: Record<TaxonomyList, (s: DocumentState) => Counts> = {
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
  return useDocumentStore(useShallow(COUNTERS[list]));
}
