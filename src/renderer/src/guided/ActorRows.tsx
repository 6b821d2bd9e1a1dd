// The per-actor steps' frame: one row per actor (its name shows it on the map), what the step records beside it,
// and a switch between "added in this session" and "every actor on the map".
import { useState, type ReactNode } from 'react';
import type { Actor } from '../../../shared/domain';
import { DetailsLoading } from '../inspector/DetailsLoading';
import { useGoToActor } from '../view/go-to-actor';
import { MOST_ROWS, useStepActors } from './use-step-actors';

export function ActorRows({ label, children }: { label: string; children: (actor: Actor) => ReactNode }) {
  const [everyone, setEveryone] = useState(false);
  const { actors, total, sessionOnly } = useStepActors(everyone);
  const goTo = useGoToActor();
  return (
    <div className="guided__body">
      <label className="guided__switch">
        <input
          type="checkbox"
          checked={everyone || !sessionOnly}
          disabled={!sessionOnly && !everyone}
          onChange={(e) => setEveryone(e.target.checked)}
        />
        Every actor on the map (not only those added in this session)
      </label>
      {total === 0 ? (
        <p className="guided__hint">There are no actors yet. Go Back to add some.</p>
      ) : actors === null ? (
        <DetailsLoading what="what they offer" />
      ) : (
        <ul className="guided__rows" aria-label={label}>
          {actors.map((actor) => (
            <li key={actor.id} className="guided__actor" aria-label={actor.name}>
              <button
                type="button"
                className="guided__actor-name"
                onClick={() => goTo(actor.id)}
                title="Show on the map"
              >
                {actor.name || 'Unnamed actor'}
              </button>
              {children(actor)}
            </li>
          ))}
        </ul>
      )}
      {total > MOST_ROWS && (
        <p className="guided__hint">
          Showing the first {MOST_ROWS} of {total}. Select others on the map and use Details.
        </p>
      )}
    </div>
  );
}
