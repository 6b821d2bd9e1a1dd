// Tags as chips: type one and press Enter to add it, × to remove it; for several actors, to or from all of them.
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Actor, ActorId } from '../../../shared/domain';
import { describedBy, FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';
import { updateActors } from '../state/detail-edits';

/** Each tag once (whatever its capitals, as the server treats them), with how many of the actors carry it. */
function tagCounts(actors: readonly Actor[]): { tag: string; count: number }[] {
  const byKey = new Map<string, { tag: string; count: number }>();
  for (const actor of actors) {
    for (const tag of actor.tags) {
      const key = tag.toLocaleLowerCase();
      const entry = byKey.get(key);
      if (entry) entry.count += 1;
      else byKey.set(key, { tag, count: 1 });
    }
  }
  return [...byKey.values()];
}

function TagsFieldComponent({ actors }: { actors: readonly Actor[] }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const { error, commit, clearError } = useCommit();
  const ids = useMemo<ActorId[]>(() => actors.map((a) => a.id), [actors]);
  const tags = useMemo(() => tagCounts(actors), [actors]);
  const many = actors.length > 1;

  const add = async () => {
    const tag = draft.trim();
    if (!tag) return;
    if (await commit(() => updateActors(ids, { addTags: [tag] }))) setDraft('');
  };
  const remove = (tag: string) => void commit(() => updateActors(ids, { removeTags: [tag] }));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      void add();
    }
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Tags
      </label>
      {tags.length > 0 && (
        <ul className="tags" aria-label={many ? 'Tags on the chosen actors' : 'Tags on this actor'}>
          {tags.map(({ tag, count }) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              {many && count < actors.length && <span className="tag__count">{`${count} of ${actors.length}`}</span>}
              <button
                type="button"
                className="tag__remove"
                aria-label={many ? `Remove the tag “${tag}” from all of them` : `Remove the tag “${tag}”`}
                title="Remove this tag"
                onClick={() => remove(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={60}
        placeholder={many ? 'Add a tag to all of them…' : 'Add a tag…'}
        aria-describedby={describedBy(`${id}-help`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (error) clearError();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => void add()}
      />
      <p id={`${id}-help`} className="field__help">
        Type a tag and press Enter.
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export const TagsField = memo(TagsFieldComponent);
