// A drop-down that saves as soon as a choice is made; shows the choice at once and goes back if it is refused.
import { memo, useId, useState, type ReactNode } from 'react';
import { describedBy, FieldError } from './FieldError';
import { useCommit } from './use-commit';

export interface Choice {
  value: string;
  label: string;
}

/** The value a select shows when the chosen actors differ; it cannot be chosen. */
export const MIXED = '\u0000mixed';

export interface SelectFieldProps {
  label: string;
  value: string;
  choices: readonly Choice[];
  onCommit(value: string): Promise<void>;
  help?: string;
  /** Drawn before the drop-down, e.g. the kind's shape. */
  adornment?: ReactNode;
  hideLabel?: boolean;
  /** Focused when it appears (a tie just drawn: its type is the next thing to choose). */
  autoFocus?: boolean;
}

function SelectFieldComponent({
  label,
  value,
  choices,
  onCommit,
  help,
  adornment,
  hideLabel,
  autoFocus,
}: SelectFieldProps) {
  const id = useId();
  const { error, commit } = useCommit();
  const [pending, setPending] = useState<string | null>(null);
  const shown = pending ?? value;
  const change = async (next: string) => {
    setPending(next);
    await commit(() => onCommit(next));
    setPending(null);
  };
  const select = (
    <select
      id={id}
      value={shown}
      autoFocus={autoFocus}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(help && `${id}-help`, error && `${id}-error`)}
      onChange={(event) => void change(event.target.value)}
    >
      {shown === MIXED && (
        <option value={MIXED} disabled>
          Several – choose one for all
        </option>
      )}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {adornment ? (
        <div className="field__adorned">
          {adornment}
          {select}
        </div>
      ) : (
        select
      )}
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export const SelectField = memo(SelectFieldComponent);
