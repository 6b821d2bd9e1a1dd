// The actors and ties the map's filter keeps, so the table shows the same records as the canvas.
import { useMemo } from 'react';
import { applyFilter, isFilterActive, type FilterResult } from '../../../shared/filter';
import { useDocumentStore } from '../state/document-store';
import { useViewStore } from '../state/view-store';

/** null when no filter is on: every record is shown and nothing needs checking. */
export function useShownIds(): FilterResult | null {
  const actors = useDocumentStore((s) => s.actors);
  const ties = useDocumentStore((s) => s.ties);
  const filter = useViewStore((s) => s.filter);
  return useMemo(
    () => (isFilterActive(filter) ? applyFilter({ actors: actors.values(), ties: ties.values() }, filter) : null),
    [actors, ties, filter],
  );
}
