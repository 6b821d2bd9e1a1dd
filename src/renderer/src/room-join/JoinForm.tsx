// Joining: the code from the screen (already filled in when the QR code was scanned) and the person's name.
import { useId, useState, type FormEvent } from 'react';
import { checkJoin, NAME_MAX, type JoinProblems } from './join-form';
import { join } from './room-store';

interface Props {
  initialCode: string;
  error: string | null;
  busy: boolean;
}

export function JoinForm({ initialCode, error, busy }: Props) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<JoinProblems>({});
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkJoin({ code, name });
    setProblems(found);
    if (!found.code && !found.name) void join(code, name);
  };
  return (
    <main className="join-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Join the map</h1>
      <p className="join-hint">
        You are joining the care map on the facilitator’s laptop, over this room’s Wi-Fi. Nothing leaves the room.
      </p>
      <form className="join-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-code`}>Code on the screen</label>
        <input
          id={`${id}-code`}
          className="join-input join-input--code"
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problems.code ? true : undefined}
          aria-describedby={problems.code ? `${id}-code-problem` : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        {problems.code && (
          <p id={`${id}-code-problem`} className="join-problem">
            {problems.code}
          </p>
        )}
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          className="join-input"
          value={name}
          maxLength={NAME_MAX + 20}
          autoComplete="given-name"
          // A scanned code leaves only the name to type.
          autoFocus={initialCode !== ''}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {problems.name && (
          <p id={`${id}-name-problem`} className="join-problem">
            {problems.name}
          </p>
        )}
        {error && (
          <p className="join-problem" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="join-button" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
