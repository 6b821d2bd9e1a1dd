// A text, date or long-text field that saves when you leave it or press Enter (Ctrl+Enter in long text);
// Escape puts back what was saved. While you type nothing else re-renders: the draft is this field's own.
import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { viewedMapVersion, withEditBase } from '../api/edit-base';
import { showError } from '../state/session-store';
import { describeError } from '../state/describe-error';
import { describedBy, FieldError } from './FieldError';
import { useCommit } from './use-commit';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Saves the new text (as typed; the server tidies it). Throwing shows the error and reverts. */
  onCommit(value: string): Promise<void>;
  type?: 'text' | 'date' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'url' | 'email' | 'tel';
  placeholder?: string;
  help?: string;
  maxLength?: number;
  className?: string;
  /** For rows of a table, whose column heading shows what the field is; screen readers still hear the label. */
  hideLabel?: boolean;
}

function TextFieldComponent({
  label,
  value,
  onCommit,
  type = 'text',
  multiline,
  inputMode,
  placeholder,
  help,
  maxLength,
  className,
  hideLabel,
}: TextFieldProps) {
  const id = useId();
  const { error, commit, clearError } = useCommit();
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };
  /** The draft a blur or Enter is already saving, so unmounting mid-save does not save it twice. */
  const saving = useRef<string | null>(null);
  /** The map's version when typing began: the save is based on it, so a change made elsewhere meanwhile is not lost. */
  const base = useRef<number | undefined>(undefined);

  // Leaving a field by selecting something else on the map can unmount it before it blurs: save what was typed.
  useEffect(
    () => () => {
      const { draft: left, value: saved, onCommit: save } = latest.current;
      if (left !== null && left !== saved && left !== saving.current)
        withEditBase(base.current, () => save(left)).catch((caught: unknown) => showError(describeError(caught)));
    },
    [],
  );

  const finish = async () => {
    if (draft === null || draft === value) return setDraft(null);
    saving.current = draft;
    await commit(() => withEditBase(base.current, () => onCommit(draft)));
    saving.current = null;
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void finish();
    }
  };
  const props = {
    id,
    value: draft ?? value,
    placeholder,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(help && `${id}-help`, error && `${id}-error`),
    onChange: (event: { target: { value: string } }) => {
      if (draft === null) base.current = viewedMapVersion();
      setDraft(event.target.value);
      if (error) clearError();
    },
    onBlur: () => void finish(),
    onKeyDown,
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} inputMode={inputMode} {...props} />}
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export const TextField = memo(TextFieldComponent);
