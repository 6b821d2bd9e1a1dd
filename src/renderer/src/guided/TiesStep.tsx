// One tie type at a time ("Who refers people to whom?"): pick who from and who to by typing their names (the list
// suggests them), or draw the ties on the map; either way they get this step's tie type and the session's name.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Actor, TieTypeId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { createTie } from '../state/edits';
import { useGuidedStore } from '../state/guided-store';
import { inBackground } from '../state/in-background';

function findByName(actors: ReadonlyMap<string, Actor>, name: string): Actor | undefined {
  const wanted = name.trim().toLowerCase();
  for (const actor of actors.values()) if (actor.name.toLowerCase() === wanted) return actor;
  return undefined;
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
  const names = useMemo(() => [...new Set([...actors.values()].map((a) => a.name))].sort((a, b) => a.localeCompare(b)), [actors]);
  const here = added.map((t) => ties.get(t)).filter((t) => t?.tieTypeId === tieTypeId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const a = findByName(actors, from);
    const b = findByName(actors, to);
    const missing = !a ? from : !b ? to : null;
    if (missing !== null) {
      setProblem(`There is no actor called “${missing.trim()}” on the map. Check the spelling, or go Back and add them.`);
      return;
    }
    setProblem(null);
    if (await createTie(a!.id, b!.id)) {
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
          <input ref={fromField} value={from} list={`${id}-names`} autoFocus onChange={(e) => setFrom(e.target.value)} />
        </label>
        <span className="guided__arrow" aria-hidden="true">
          →
        </span>
        <label className="field guided__field">
          <span className="field__label">To</span>
          <input value={to} list={`${id}-names`} onChange={(e) => setTo(e.target.value)} />
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
