// The "add one" form at the foot of each list: a name, whatever else the entry needs, and an Add button.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';

interface Props {
  /** e.g. "New kind" */
  label: string;
  placeholder: string;
  /** The button's words, e.g. "Add kind". */
  button: string;
  /** Extra controls (colour, shape, type…) drawn after the name. */
  children?: ReactNode;
  onAdd(name: string): Promise<void>;
}

export function AddEntryForm({ label, placeholder, button, children, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const { error, busy, commit, clearError } = useCommit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await commit(() => onAdd(name))) setName('');
  };
  return (
    <form className="add-entry" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="add-entry__title">
        {label}
      </h3>
      <div className="add-entry__row">
        <div className="field add-entry__name">
          <label htmlFor={`${id}-name`} className="visually-hidden">
            {`${label}: name`}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={200}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (error) clearError();
            }}
          />
        </div>
        {children}
        <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>
          {button}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </form>
  );
}
