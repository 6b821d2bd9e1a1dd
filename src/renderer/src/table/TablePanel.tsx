// The table beside the canvas: tabs for actors and ties, a box that narrows the rows, and the rows themselves.
import { useId, useState } from 'react';
import { useViewStore } from '../state/view-store';
import { ActorTable } from './ActorTable';
import { TieTable } from './TieTable';
import '../styles/table.css';

type Tab = 'actors' | 'ties';
const TABS: { id: Tab; label: string }[] = [
  { id: 'actors', label: 'Actors' },
  { id: 'ties', label: 'Ties' },
];

export function TablePanel() {
  const open = useViewStore((s) => s.tableOpen);
  const [tab, setTab] = useState<Tab>('actors');
  const [query, setQuery] = useState('');
  const id = useId();
  if (!open) return null;
  return (
    <section className="table-panel" aria-label="Table">
      <div className="table-panel__bar">
        <div role="tablist" aria-label="What the table lists" className="table-panel__tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${id}-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${id}-panel`}
              className="table-panel__tab"
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="table-panel__find"
          aria-label={`Show only ${tab} whose row contains`}
          placeholder={`Find in ${tab}…`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="table-panel__body">
        {tab === 'actors' ? <ActorTable query={query} /> : <TieTable query={query} />}
      </div>
    </section>
  );
}
