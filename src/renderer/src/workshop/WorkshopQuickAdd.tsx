// Workshop mode's quick-add bar, always ready: type a name, Tab to the kinds (arrows pick one), Enter adds.
// Focus goes back to the name afterwards, so a room calling out names can be typed in one after another.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { freeSpotNear } from '../canvas/free-spot';
import { useViewCentre } from '../canvas/use-view-centre';
import { useDocumentStore } from '../state/document-store';
import { createActor } from '../state/edits';
import { inBackground } from '../state/in-background';

export function WorkshopQuickAdd() {
  const kinds = useDocumentStore((s) => s.kinds);
  const [name, setName] = useState('');
  const [kindId, setKindId] = useState('');
  const [hint, setHint] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const viewCentre = useViewCentre();
  const id = useId();
  const chosen = kinds.find((k) => k.id === kindId) ?? kinds[0];

  useEffect(() => nameRef.current?.focus(), []);

  const add = async (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setHint('Type a name first.');
      nameRef.current?.focus();
      return;
    }
    if (!chosen) return;
    setName('');
    setHint('');
    nameRef.current?.focus();
    await createActor(chosen.id, freeSpotNear(viewCentre()), trimmed, false);
  };

  // Enter on a kind adds too: the kinds are radio buttons, which a form would not submit on Enter by itself.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('type') === 'radio') {
      event.preventDefault();
      void add();
    }
  };
  // Esc with a name typed clears it; with the field empty it leaves workshop mode (use-workshop-keys).
  const onNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && name) {
      event.preventDefault();
      setName('');
    }
  };

  return (
    // Esc anywhere in this form leaves workshop mode (use-workshop-keys), once the name field has had its say.
    <form
      className="workshop-add"
      aria-labelledby={`${id}-title`}
      onSubmit={inBackground(add)}
      onKeyDown={onKeyDown}
      data-workshop-leaves-on-escape=""
    >
      <h2 id={`${id}-title`} className="workshop-add__title">
        Add someone
      </h2>
      <div className="workshop-add__row">
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="workshop-add__name"
          type="text"
          value={name}
          maxLength={200}
          aria-label="Name of the actor to add"
          placeholder="Type a name…"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onNameKeyDown}
        />
        {/* Out of the Tab order, so Tab goes from the name straight to the kinds; Enter adds from either. */}
        <button type="submit" tabIndex={-1} className="button button--primary workshop-add__button">
          Add
        </button>
      </div>
      <fieldset className="workshop-add__kinds">
        <legend className="workshop-add__legend">Kind (Tab, then arrow keys):</legend>
        {kinds.map((k) => (
          <label
            key={k.id}
            className={`workshop-kind${chosen?.id === k.id ? ' is-on' : ''}`}
            style={{ ['--kind-colour' as string]: k.colour }}
          >
            <input
              type="radio"
              name={`${id}-kind`}
              value={k.id}
              checked={chosen?.id === k.id}
              onChange={() => setKindId(k.id)}
            />
            <span className="workshop-kind__dot" aria-hidden="true" />
            {k.name}
          </label>
        ))}
      </fieldset>
      <p className="workshop-add__hint" role="alert">
        {hint}
      </p>
    </form>
  );
}
