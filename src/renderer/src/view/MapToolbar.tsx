// The bar over the top of the map: search (Ctrl/Cmd+F), the filter and its chip, focus, and how actors are drawn.
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { Panel } from '@xyflow/react';
import '../styles/view.css';
import { openSearch, useSearchStore } from '../state/search-store';
import { EncodingPanel } from './EncodingPanel';
import { FilterChip } from './FilterChip';
import { FilterPanel } from './FilterPanel';
import { FocusControl } from './FocusControl';
import { SearchBox } from './SearchBox';
import { useSearchShortcut } from './use-search-shortcut';
import { LayoutMenu } from '../layout/LayoutMenu';
import { useOutsidePointer } from '../menu/use-outside-pointer';

export const MapToolbar = memo(function MapToolbar() {
  const searching = useSearchStore((s) => s.open);
  const [panel, setPanel] = useState<'filter' | 'show' | null>(null);
  useSearchShortcut();
  const toggle = (which: 'filter' | 'show') => setPanel((p) => (p === which ? null : which));
  const root = useRef<HTMLDivElement>(null);
  const filterButton = useRef<HTMLButtonElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  // Both popovers close like every other: a click outside them, or Esc (which puts focus back on their button).
  useOutsidePointer(panel !== null, root, () => setPanel(null));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || panel === null || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    (panel === 'filter' ? filterButton : showButton).current?.focus();
    setPanel(null);
  };
  return (
    <Panel ref={root} position="top-left" className="map-toolbar nowheel nopan nodrag" onKeyDown={onKeyDown}>
      <div className="map-toolbar__row">
        {searching ? (
          <SearchBox />
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={openSearch}
            title="Search (Ctrl+F)"
            aria-keyshortcuts="Control+F Meta+F"
          >
            Search
          </button>
        )}
        <button
          ref={filterButton}
          type="button"
          className="button button--small"
          aria-expanded={panel === 'filter'}
          onClick={() => toggle('filter')}
        >
          Filter
        </button>
        <button
          ref={showButton}
          type="button"
          className="button button--small"
          aria-expanded={panel === 'show'}
          onClick={() => toggle('show')}
        >
          Size &amp; colour
        </button>
        <FilterChip />
        <FocusControl />
        <LayoutMenu />
      </div>
      {panel === 'filter' && <FilterPanel onClose={() => setPanel(null)} />}
      {panel === 'show' && <EncodingPanel />}
    </Panel>
  );
});
