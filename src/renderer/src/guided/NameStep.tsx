// The first step: name the session. The name becomes the provenance ("from the workshop …") of all it adds.
import { useState, type FormEvent } from 'react';
import { dayInWords } from '../../../shared/history';
import { defaultSessionName } from '../../../shared/guided/steps';
import { startSession } from './guided-actions';

export function NameStep() {
  const [name, setName] = useState(() => defaultSessionName(dayInWords()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) startSession(name.trim().replace(/\s+/g, ' '));
  };
  return (
    <form className="guided__form" onSubmit={submit}>
      <label className="field guided__field">
        <span className="field__label">Session name</span>
        <input value={name} maxLength={300} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary" disabled={!name.trim()}>
        Start
      </button>
      <p className="guided__hint">Everything added during the session is recorded as coming from it.</p>
    </form>
  );
}
