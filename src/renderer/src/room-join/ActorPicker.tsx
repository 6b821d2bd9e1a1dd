// Choosing one actor of the map by typing part of the name: the closest few are offered as big buttons.
import { useId, useState } from 'react';
import type { RoomActor } from '../../../shared/room';
import { searchActors } from './contribution-forms';

interface Props {
  label: string;
  actors: RoomActor[];
  chosen: RoomActor | null;
  onChoose(actor: RoomActor | null): void;
}

export function ActorPicker({ label, actors, chosen, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  if (chosen) {
    return (
      <div className="room-field">
        <span className="room-field__label" id={`${id}-label`}>
          {label}
        </span>
        <div className="room-chosen" aria-labelledby={`${id}-label`}>
          <strong>{chosen.name}</strong>
          <button type="button" className="room-link" onClick={() => onChoose(null)}>
            Change
          </button>
        </div>
      </div>
    );
  }
  const found = searchActors(actors, query);
  return (
    <div className="room-field">
      <label className="room-field__label" htmlFor={`${id}-search`}>
        {label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="join-input"
        placeholder="Type part of the name"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="room-picks" aria-label={`${label}: matching names`}>
        {found.map((actor) => (
          <li key={actor.id}>
            <button type="button" className="room-pick" onClick={() => onChoose(actor)}>
              {actor.name}
            </button>
          </li>
        ))}
        {found.length === 0 && <li className="join-hint">No one of that name on the map yet.</li>}
      </ul>
    </div>
  );
}
