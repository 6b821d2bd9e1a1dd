// Workshop mode's last few steps, big enough to read from the back of the room, with one-click undo of the latest.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useDocumentStore } from '../state/document-store';
import { undo } from '../state/edits';

const SHOWN = 4;

export function RecentActions() {
  const history = useDocumentStore((s) => s.history);
  const [labels, setLabels] = useState<string[]>([]);
  // Every edit, undo or redo brings a new history object: read the list again then.
  useEffect(() => {
    let current = true;
    api['history.recent']({ limit: SHOWN }).then(
      (r) => current && setLabels(r.labels),
      () => current && setLabels([]),
    );
    return () => {
      current = false;
    };
  }, [history]);

  return (
    <section className="workshop-recent" aria-labelledby="workshop-recent-title">
      <h2 id="workshop-recent-title" className="workshop-recent__title">
        Just done
      </h2>
      {labels.length === 0 ? (
        <p className="workshop-recent__empty">Nothing yet: what you add shows here.</p>
      ) : (
        <ol className="workshop-recent__list">
          {labels.map((label, i) => (
            <li key={`${i}-${label}`} className={i === 0 ? 'workshop-recent__item is-latest' : 'workshop-recent__item'}>
              <span className="workshop-recent__label">{label}</span>
              {i === 0 && (
                <button
                  type="button"
                  className="button workshop-recent__undo"
                  onClick={() => void undo()}
                  aria-label={`Undo ${label}`}
                >
                  ↶ Undo
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
