// "Add what they offer": an actor of the map and an offer from the map's list, or a new one typed in.
import { useId, useState, type FormEvent } from 'react';
import type { RoomActor, RoomMap } from '../../../shared/room';
import { checkOffer } from './contribution-forms';
import { addOffer } from './room-actions';
import { ActorPicker } from './ActorPicker';
import { FormButtons } from './FormButtons';

interface Props {
  map: RoomMap;
  disabled: boolean;
  onDone(): void;
}

export function AddOfferForm({ map, disabled, onDone }: Props) {
  const [actor, setActor] = useState<RoomActor | null>(null);
  const [offer, setOffer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkOffer({ actorId: actor?.id ?? '', offer }, map);
    setProblem(found);
    if (found || !actor) return;
    setBusy(true);
    const added = await addOffer(actor.id, offer);
    setBusy(false);
    if (added) onDone();
  };
  return (
    <form className="room-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add what they offer</h2>
      <ActorPicker label="Who offers it" actors={map.actors} chosen={actor} onChoose={setActor} />
      <label className="room-field__label" htmlFor={`${id}-offer`}>
        What they offer
      </label>
      <input
        id={`${id}-offer`}
        className="join-input"
        list={`${id}-offers`}
        value={offer}
        autoComplete="off"
        placeholder="Choose from the list or type"
        onChange={(event) => setOffer(event.target.value)}
      />
      <datalist id={`${id}-offers`}>
        {map.offers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {actor && actor.offers.length > 0 && <p className="join-hint">Already offers: {actor.offers.join(', ')}</p>}
      <FormButtons problem={problem} busy={busy} disabled={disabled} submitLabel="Add the offer" onCancel={onDone} />
    </form>
  );
}
