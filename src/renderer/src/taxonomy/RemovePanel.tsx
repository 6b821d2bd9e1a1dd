// The question asked before removing an entry: what happens to the actors or ties that use it, and a button to go on.
import { useId, useState, type ReactNode } from 'react';
import type { Choice } from '../forms/SelectField';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';

interface Props {
  /** What will happen, in a sentence or two. */
  message: ReactNode;
  /** Where the users of the entry go, when they must go somewhere; the first choice is preselected. */
  reassign?: { label: string; choices: readonly Choice[] };
  confirmLabel: string;
  onConfirm(reassignTo: string | undefined): Promise<void>;
  onCancel(): void;
}

export function RemovePanel({ message, reassign, confirmLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const [target, setTarget] = useState(reassign?.choices[0]?.value ?? '');
  const { error, busy, commit } = useCommit();
  const confirm = async () => {
    if (await commit(() => onConfirm(reassign ? target : undefined))) onCancel();
  };
  return (
    <div className="remove-panel" role="group" aria-labelledby={`${id}-message`}>
      <p id={`${id}-message`} className="remove-panel__message">
        {message}
      </p>
      {reassign && (
        <div className="field">
          <label htmlFor={`${id}-target`} className="field__label">
            {reassign.label}
          </label>
          <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
            {reassign.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <div className="remove-panel__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
