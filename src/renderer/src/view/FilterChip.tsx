// Says a filter is on and how many actors it shows; its ✕ clears the filter.
import { memo } from 'react';
import { useDocumentStore } from '../state/document-store';
import { clearFilter } from '../state/view-store';
import { useVisibleStore } from '../state/visible-ids';

export const FilterChip = memo(function FilterChip() {
  const shown = useVisibleStore((s) => s.filtered?.actorIds.size ?? null);
  const total = useDocumentStore((s) => s.actors.size);
  if (shown === null) return null;
  return (
    <span className="filter-chip" aria-live="polite">
      Filter on · {shown} of {total} actors
      <button
        type="button"
        className="filter-chip__clear"
        aria-label="Clear the filter"
        title="Clear the filter"
        onClick={clearFilter}
      >
        ✕
      </button>
    </span>
  );
});
