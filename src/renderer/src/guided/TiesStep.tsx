// One tie type at a time ("Who refers people to whom?"): pick who from and who to by typing their names, or part of
// them (the list suggests them; under each field, who it will be), or draw the ties on the map; either way they get
// this step's tie type and the session's name.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CanvasActor } from '../../../shared/canvas-records';
import type { TieTypeId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { createTie } from '../state/edits';
import { useGuidedStore } from '../state/guided-store';
import { inBackground } from '../state/in-background';
import { matchName } from '../../../shared/guided/match-name';

/** What a From or To field says it will pick, or why it cannot pick one yet. */
function resolve(
  actors: ReadonlyMap<string, CanvasActor>,
  typed: string,
): { actor: CanvasActor | null; problem: string | null } {
  const match = matchName(actors.values(), typed);
  if (match.found) return { actor: match.found, problem: null };
  const shown = typed.trim();
  if (match.problem === 'none') {
    return {
      actor: null,
      problem: `No actor on the map is called “${shown}” or has it in their name. Check the spelling, or go Back and add them.`,
    };
  }
  const names = match.candidates.slice(0, 4).map((a) => a.name);
  const more = match.candidates.length > 4 ? ` and ${match.candidates.length - 4} more` : '';
  return {
    actor: null,
    problem: `“${shown}” could be ${names.join(', ')}${more}. Type more of the name, or pick one from the list.`,
  };
}

/** Under a field: the actor the text will pick when it is not already their whole name. */
function Picks({ typed, actors }: { typed: string; actors: ReadonlyMap<string, CanvasActor> }) {
  const { actor } = typed.trim() ? resolve(actors, typed) : { actor: null };
  const whole = actor && actor.name.toLowerCase() === typed.trim().toLowerCase();
  return (
    <span className="guided__picks" aria-live="polite">
      {actor && !whole ? `→ ${actor.name}` : ''}
    </span>
  );
}

export function TiesStep({ tieTypeId }: { tieTypeId: TieTypeId }) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fromField = useRef<HTMLInputElement>(null);
  const actors = useDocumentStore((s) => s.actors);
  const ties = useDocumentStore((s) => s.ties);
  const added = useGuidedStore((s) => s.addedTies);
  const names = useMemo(
    () => [...new Set([...actors.values()].map((a) => a.name))].sort((a, b) => a.localeCompare(b)),
    [actors],
  );
  const here = added.map((t) => ties.get(t)).filter((t) => t?.tieTypeId === tieTypeId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const a = resolve(actors, from);
    const b = resolve(actors, to);
    if (!a.actor || !b.actor) {
      setProblem(a.problem ?? b.problem);
      return;
    }
    setProblem(null);
    if (await createTie(a.actor.id, b.actor.id)) {
      setFrom('');
      setTo('');
      fromField.current?.focus();
    }
  };
  return (
    <div className="guided__body">
      <datalist id={`${id}-names`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <form className="guided__form" onSubmit={inBackground(submit)}>
        <label className="field guided__field">
          <span className="field__label">From</span>
          <input
            ref={fromField}
            value={from}
            list={`${id}-names`}
            autoFocus
            onChange={(e) => setFrom(e.target.value)}
          />
          <Picks typed={from} actors={actors} />
        </label>
        <span className="guided__arrow" aria-hidden="true">
          →
        </span>
        <label className="field guided__field">
          <span className="field__label">To</span>
          <input value={to} list={`${id}-names`} onChange={(e) => setTo(e.target.value)} />
          <Picks typed={to} actors={actors} />
        </label>
        <button type="submit" className="button button--primary" disabled={!from.trim() || !to.trim()}>
          Add tie
        </button>
      </form>
      {problem && (
        <p className="guided__problem" role="alert">
          {problem}
        </p>
      )}
      <p className="guided__hint">Or draw them on the map: drag from the edge of one actor to another.</p>
      {here.length > 0 && (
        <ul className="guided__chips" aria-label="Ties added in this step">
          {here.map((t) => (
            <li key={t!.id} className="guided__chip">
              {actors.get(t!.fromId)?.name} → {actors.get(t!.toId)?.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
