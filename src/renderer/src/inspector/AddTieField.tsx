// Ties from the keyboard: type another actor's name and press Enter (or Add) to tie the selected actor to them.
import { memo, useId, useMemo, useState, type FormEvent } from 'react';
import type { ActorId } from '../../../shared/domain';
import { fold } from '../../../shared/text-fold';
import { createTie } from '../state/edits';
import { useDocumentStore } from '../state/document-store';

/** Names are the only handle a person has; a name used twice is ambiguous, so those are left to the canvas. */
function actorsByFoldedName(actors: Iterable<{ id: ActorId; name: string }>, except: ActorId): Map<string, ActorId | null> {
  const byName = new Map<string, ActorId | null>();
  for (const actor of actors) {
    if (actor.id === except) continue;
    const key = fold(actor.name.trim());
    byName.set(key, byName.has(key) ? null : actor.id);
  }
  return byName;
}

function AddTieFieldComponent({ fromId }: { fromId: ActorId }) {
  const id = useId();
  const actors = useDocumentStore((s) => s.actors);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const byName = useMemo(() => actorsByFoldedName(actors.values(), fromId), [actors, fromId]);
  const names = useMemo(() => [...actors.values()].filter((a) => a.id !== fromId).map((a) => a.name).sort(), [actors, fromId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    const toId = byName.get(fold(typed));
    if (toId === undefined) return setProblem(`No actor on this map is called “${typed}”.`);
    if (toId === null) return setProblem(`More than one actor is called “${typed}”: draw this tie on the map instead.`);
    setProblem(null);
    await createTie(fromId, toId);
    setName('');
  };

  return (
    <form className="field add-tie" onSubmit={submit}>
      <label className="field__label" htmlFor={`${id}-to`}>
        Tie to
      </label>
      <div className="add-tie__row">
        <input
          id={`${id}-to`}
          list={`${id}-names`}
          value={name}
          placeholder="Type another actor’s name"
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button">
          Add tie
        </button>
      </div>
      <datalist id={`${id}-names`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

export const AddTieField = memo(AddTieFieldComponent);
