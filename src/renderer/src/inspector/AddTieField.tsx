// Ties from the keyboard: type another actor's name and press Enter (or Add) to tie the selected actor to them.
import { memo, useId, useMemo, useState, type FormEvent } from 'react';
import type { ActorId } from '../../../shared/domain';
import { fold } from '../../../shared/text-fold';
import { createTie } from '../state/edits';
import { useDocumentStore } from '../state/document-store';
import { inBackground } from '../state/in-background';

/** Names are the only handle a person has; a name used twice is ambiguous, so those are left to the canvas. */
function actorsByFoldedName(
  actors: Iterable<{ id: ActorId; name: string }>,
  except: ActorId,
): Map<string, ActorId | null> {
  const byName = new Map<string, ActorId | null>();
  for (const actor of actors) {
    if (actor.id === except) continue;
    const key = fold(actor.name.trim());
    byName.set(key, byName.has(key) ? null : actor.id);
  }
  return byName;
}

const MAX_SUGGESTIONS = 20;

function AddTieFieldComponent({ fromId }: { fromId: ActorId }) {
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Suggestions only for what has been typed, and read from the store then, not on every edit (a move on a
  // 5,000-actor map must not rebuild 5,000 options in this panel).
  const suggestions = useMemo(() => {
    const typed = fold(name.trim());
    if (!typed) return [];
    const matches: string[] = [];
    for (const actor of useDocumentStore.getState().actors.values()) {
      if (actor.id !== fromId && fold(actor.name).includes(typed)) matches.push(actor.name);
      if (matches.length === MAX_SUGGESTIONS) break;
    }
    return matches.sort();
  }, [name, fromId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    if (!typed) return;
    const toId = actorsByFoldedName(useDocumentStore.getState().actors.values(), fromId).get(fold(typed));
    if (toId === undefined) return setProblem(`No actor on this map is called “${typed}”.`);
    if (toId === null) return setProblem(`More than one actor is called “${typed}”: draw this tie on the map instead.`);
    setProblem(null);
    await createTie(fromId, toId);
    setName('');
  };

  return (
    <form className="field add-tie" onSubmit={inBackground(submit)}>
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
        {suggestions.map((n) => (
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
