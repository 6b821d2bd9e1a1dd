// The search box over the map (Ctrl/Cmd+F): part of a name, tag or field value; arrows pick a result, Enter lands
// on it, Escape closes. While it has a query, actors that do not match are dimmed on the map.
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchActors, type SearchResult } from '../../../shared/search';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { useAllDetails } from '../state/use-details';
import { closeSearch, setSearchQuery, useSearchStore } from '../state/search-store';
import { useGoToActor } from './go-to-actor';

const LIST_LIMIT = 30;
const LIST_ID = 'search-results';

function describe(result: SearchResult): string {
  return result.matchedLabel ? `${result.matchedLabel}: ${result.matchedText ?? ''}` : 'Name';
}

/** null while every actor's details (search looks in every field) are on their way. */
function useResults(query: string): SearchResult[] | null {
  const ready = useAllDetails(true);
  const actors = useDetailsStore((s) => s.actors);
  const careOffers = useDocumentStore((s) => s.careOffers);
  const customFields = useDocumentStore((s) => s.actorFields);
  return useMemo(
    () => (ready ? searchActors({ actors: actors.values(), careOffers, customFields }, query, LIST_LIMIT) : null),
    [ready, actors, careOffers, customFields, query],
  );
}

export const SearchBox = memo(function SearchBox() {
  const query = useSearchStore((s) => s.query);
  const found = useResults(query);
  const results = found ?? [];
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const goTo = useGoToActor();
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const land = (result: SearchResult | undefined) => {
    if (!result) return;
    closeSearch();
    goTo(result.actorId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') land(results[active]);
    else if (e.key === 'Escape') closeSearch();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const trimmed = query.trim();
  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        className="search-box__input"
        type="text"
        role="combobox"
        aria-label="Search actors"
        aria-expanded={results.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={results[active] ? `search-result-${active}` : undefined}
        placeholder="Name, tag or any detail…"
        value={query}
        onChange={(e) => setSearchQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className="icon-button"
        aria-label="Close search"
        title="Close search (Escape)"
        onClick={closeSearch}
      >
        ×
      </button>
      {trimmed !== '' && (
        <ul id={LIST_ID} className="search-box__results" role="listbox" aria-label="Search results">
          {found === null && <li className="search-box__none">Loading…</li>}
          {found?.length === 0 && <li className="search-box__none">No actor matches “{trimmed}”.</li>}
          {results.map((r, i) => (
            <li
              key={r.actorId}
              id={`search-result-${i}`}
              role="option"
              aria-selected={i === active}
              aria-label={`${r.name || 'Unnamed actor'} – ${describe(r)}`}
              className="search-box__result"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => land(r)}
            >
              <span className="search-box__name">{r.name || 'Unnamed actor'}</span>
              <span className="search-box__match">{describe(r)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
