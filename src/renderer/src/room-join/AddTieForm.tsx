// "Say who they know or work with": two actors of the map, found by typing, and (if the map has them) the tie's type.
import { useId, useState, type FormEvent } from 'react';
import type { RoomActor, RoomMap } from '../../../shared/room';
import { checkTie } from './contribution-forms';
import { addTie } from './room-actions';
import { ActorPicker } from './ActorPicker';
import { FormButtons } from './FormButtons';

interface Props {
  map: RoomMap;
  disabled: boolean;
  onDone(): void;
}

export function AddTieForm({ map, disabled, onDone }: Props) {
  const [from, setFrom] = useState<RoomActor | null>(null);
  const [to, setTo] = useState<RoomActor | null>(null);
  const [tieTypeId, setTieTypeId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkTie({ fromId: from?.id ?? '', toId: to?.id ?? '' }, map);
    setProblem(found);
    if (found || !from || !to) return;
    setBusy(true);
    const added = await addTie(from.id, to.id, tieTypeId || null, [from.name, to.name]);
    setBusy(false);
    if (added) onDone();
  };
  return (
    <form className="room-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Say who they know or work with</h2>
      <ActorPicker label="Who" actors={map.actors} chosen={from} onChoose={setFrom} />
      {/* One list of names at a time: the second appears once the first is chosen. */}
      {from && (
        <ActorPicker
          label="Knows or works with"
          actors={map.actors.filter((actor) => actor.id !== from.id)}
          chosen={to}
          onChoose={setTo}
        />
      )}
      {map.tieTypes.length > 0 && (
        <>
          <label className="room-field__label" htmlFor={`${id}-type`}>
            How (optional)
          </label>
          <select
            id={`${id}-type`}
            className="join-input"
            value={tieTypeId}
            onChange={(e) => setTieTypeId(e.target.value)}
          >
            <option value="">Not sure</option>
            {map.tieTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </>
      )}
      <FormButtons problem={problem} busy={busy} disabled={disabled} submitLabel="Link them" onCancel={onDone} />
    </form>
  );
}
