// A step's prompt, big enough to read from the back of the room, with "Edit prompt" to put it in this map's own
// words (kept in the map file; emptying it brings Caremap's words back).
import { useEffect, useState, type FormEvent } from 'react';
import { savePrompt } from './guided-actions';

interface Props {
  stepKey: string;
  text: string;
  editable: boolean;
  custom: boolean;
}

export function PromptView({ stepKey, text, editable, custom }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  useEffect(() => {
    setEditing(false);
    setDraft(text);
  }, [stepKey, text]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void savePrompt(stepKey, draft).then((ok) => ok && setEditing(false));
  };

  if (editing) {
    return (
      <form className="guided__prompt-form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">Prompt for this step (kept in this map)</span>
          <input
            value={draft}
            maxLength={500}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          />
        </label>
        <div className="guided__row">
          <button type="submit" className="button button--primary button--small">
            Save prompt
          </button>
          {custom && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void savePrompt(stepKey, '').then((ok) => ok && setEditing(false))}
            >
              Use Caremap’s words
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="guided__prompt-row">
      <p className="guided__prompt" aria-live="polite">
        {text}
      </p>
      {editable && (
        <button type="button" className="button button--small guided__edit" onClick={() => setEditing(true)}>
          Edit prompt
        </button>
      )}
    </div>
  );
}
