// A choice field's choices: rename one (actors' values follow), remove one (its values are cleared), add one.
import { useId, useState, type FormEvent } from 'react';
import type { CustomField } from '../../../shared/domain';
import { FieldError } from '../forms/FieldError';
import { TextField } from '../forms/TextField';
import { useCommit } from '../forms/use-commit';
import { editTaxonomy } from '../state/taxonomy-edits';

export function ChoicesEditor({ field }: { field: CustomField }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const { error, commit, clearError } = useCommit();
  const setOptions = (options: string[], renamedOptions?: Record<string, string>) =>
    editTaxonomy(
      'customFields.update',
      renamedOptions ? { id: field.id, options, renamedOptions } : { id: field.id, options },
    );

  const rename = (old: string) => (name: string) =>
    setOptions(
      field.options.map((o) => (o === old ? name : o)),
      { [old]: name },
    );
  const remove = (old: string) => void commit(() => setOptions(field.options.filter((o) => o !== old)));
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() && (await commit(() => setOptions([...field.options, draft])))) setDraft('');
  };

  return (
    <div className="choices-editor" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="choices-editor__title">
        Choices of “{field.name}”
      </p>
      <ul className="choices-editor__list">
        {field.options.map((option) => (
          <li key={option} className="choices-editor__item">
            <TextField
              label={`Choice “${option}” of “${field.name}”`}
              hideLabel
              value={option}
              maxLength={100}
              onCommit={rename(option)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove the choice “${option}”`}
              title="Remove this choice"
              onClick={() => remove(option)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="choices-editor__add" onSubmit={(event) => void add(event)}>
        <label htmlFor={`${id}-new`} className="visually-hidden">{`New choice for “${field.name}”`}</label>
        <input
          id={`${id}-new`}
          type="text"
          value={draft}
          maxLength={100}
          placeholder="Add a choice…"
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) clearError();
          }}
        />
        <button type="submit" className="button button--small" disabled={!draft.trim()}>
          Add choice
        </button>
      </form>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** "Polish, English , Welsh" → ["Polish", "English", "Welsh"]: how the add form takes a choice field's first choices. */
export function splitChoices(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
