// Adds actors without the mouse: type a name, pick a kind, press Enter.
import { useId, useState, type FormEvent } from 'react';
import { useDocumentStore } from '../state/document-store';
import { createActor } from '../state/edits';
import { freeSpotNear } from './free-spot';
import { useViewCentre } from './use-view-centre';
import { inBackground } from '../state/in-background';

export function QuickAdd() {
  const kinds = useDocumentStore((s) => s.kinds);
  const [name, setName] = useState('');
  const [kindId, setKindId] = useState<string>('');
  const viewCentre = useViewCentre();
  const id = useId();
  const chosenKind = kinds.find((k) => k.id === kindId) ?? kinds[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !chosenKind) return;
    setName('');
    await createActor(chosenKind.id, freeSpotNear(viewCentre()), trimmed, false);
  };

  return (
    <form className="panel quick-add" aria-labelledby="quick-add-title" onSubmit={inBackground(submit)}>
      <h2 id="quick-add-title" className="panel__title">
        Quick add
      </h2>
      {/* Labels point at their fields (not wrap them), so a field's name is just its label. */}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Actor name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={200}
          placeholder="e.g. Tuesday lunch club"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          Kind of actor
        </label>
        <select id={`${id}-kind`} value={chosenKind?.id ?? ''} onChange={(e) => setKindId(e.target.value)}>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={!name.trim()}>
        Add
      </button>
    </form>
  );
}
