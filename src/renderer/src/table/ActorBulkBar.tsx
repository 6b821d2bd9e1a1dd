// Edits every selected actor at once: set their kind, add a tag, remove a tag; each is one undo step.
import { useMemo, useState, type FormEvent } from 'react';
import type { Actor } from '../../../shared/domain';
import { BulkSelect } from './BulkSelect';
import { bulkUpdateActors } from './bulk-edit';
import { selectActors } from './table-selection';
import type { ActorTableLookups } from './use-actor-rows';

export function ActorBulkBar({ actors, lookups }: { actors: readonly Actor[]; lookups: ActorTableLookups }) {
  const [tag, setTag] = useState('');
  const ids = actors.map((a) => a.id);
  const count = actors.length === 1 ? 'the selected actor' : `the ${actors.length} selected actors`;
  const tagsOnThem = useMemo(() => {
    const tags = new Set<string>();
    for (const actor of actors) for (const t of actor.tags) tags.add(t);
    return [...tags].sort((a, b) => a.localeCompare(b)).map((t) => ({ value: t, label: t }));
  }, [actors]);

  const addTag = (event: FormEvent) => {
    event.preventDefault();
    const wanted = tag.trim();
    if (!wanted) return;
    void bulkUpdateActors(ids, { addTags: [wanted] }).then(() => setTag(''));
  };

  return (
    <div className="bulk-bar" role="group" aria-label={`Change ${count}`}>
      <BulkSelect
        label={`Set the kind of ${count}`}
        prompt="Set kind…"
        choices={lookups.kindChoices}
        onChoose={(kindId) => void bulkUpdateActors(ids, { kindId: kindId })}
      />
      <form className="bulk-bar__tag" onSubmit={addTag}>
        <input
          type="text"
          aria-label={`Tag to add to ${count}`}
          placeholder="Tag to add"
          value={tag}
          maxLength={100}
          onChange={(e) => setTag(e.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!tag.trim()}>
          Add tag
        </button>
      </form>
      <BulkSelect
        label={`Remove a tag from ${count}`}
        prompt="Remove tag…"
        choices={tagsOnThem}
        onChoose={(t) => void bulkUpdateActors(ids, { removeTags: [t] })}
      />
      <button type="button" className="button button--small" onClick={() => selectActors([])}>
        Clear selection
      </button>
    </div>
  );
}
