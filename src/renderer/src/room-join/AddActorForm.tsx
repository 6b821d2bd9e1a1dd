// "Add someone or an organisation": a name and what kind they are. Nothing else: no contact details on a phone.
import { useId, useState, type FormEvent } from 'react';
import type { RoomMap } from '../../../shared/room';
import { checkActor } from './contribution-forms';
import { addActor } from './room-actions';
import { FormButtons } from './FormButtons';

interface Props {
  map: RoomMap;
  disabled: boolean;
  onDone(): void;
}

export function AddActorForm({ map, disabled, onDone }: Props) {
  const [name, setName] = useState('');
  const [kindId, setKindId] = useState(map.kinds[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkActor({ name, kindId }, map);
    setProblem(found);
    if (found) return;
    setBusy(true);
    const added = await addActor(name, kindId);
    setBusy(false);
    if (added) onDone();
  };
  return (
    <form className="room-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add someone or an organisation</h2>
      <label className="room-field__label" htmlFor={`${id}-name`}>
        Name
      </label>
      <input
        id={`${id}-name`}
        className="join-input"
        value={name}
        autoComplete="off"
        // Opened by tapping "Add someone": the name is the next thing to type.
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <label className="room-field__label" htmlFor={`${id}-kind`}>
        Kind
      </label>
      <select id={`${id}-kind`} className="join-input" value={kindId} onChange={(e) => setKindId(e.target.value)}>
        {map.kinds.map((kind) => (
          <option key={kind.id} value={kind.id}>
            {kind.name}
          </option>
        ))}
      </select>
      <FormButtons problem={problem} busy={busy} disabled={disabled} submitLabel="Add to the map" onCancel={onDone} />
    </form>
  );
}
