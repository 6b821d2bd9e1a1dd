// A set of yes/no choices (care offers as chips, care modes as checkboxes) for one actor or several at once:
// a choice some of the chosen actors have shows as half-ticked, and a click gives it to all of them.
import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { describedBy, FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';

export interface ChipOption {
  id: string;
  name: string;
}

interface Props {
  label: string;
  options: readonly ChipOption[];
  /** How many of the chosen actors have each option. */
  counts: ReadonlyMap<string, number>;
  total: number;
  onToggle(id: string, add: boolean): Promise<void>;
  variant?: 'chips' | 'checkboxes';
  help?: string;
  empty?: ReactNode;
}

function Choice({
  option,
  count,
  total,
  onToggle,
}: {
  option: ChipOption;
  count: number;
  total: number;
  onToggle(add: boolean): Promise<void>;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // Shown at once while the server saves it; the document's answer takes over when it comes.
  const [pending, setPending] = useState<boolean | null>(null);
  const on = pending ?? count === total;
  const some = pending === null && count > 0 && count < total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className={`choice${on ? ' is-on' : some ? ' is-some' : ''}`}>
      <input
        ref={ref}
        type="checkbox"
        checked={on}
        onChange={() => {
          setPending(!on);
          void onToggle(!on).finally(() => setPending(null));
        }}
      />
      <span className="choice__name">{option.name}</span>
      {some && <span className="choice__count">{`${count} of ${total}`}</span>}
    </label>
  );
}

function ChoiceChipsComponent({ label, options, counts, total, onToggle, variant = 'chips', help, empty }: Props) {
  const id = useId();
  const { error, commit } = useCommit();
  return (
    <div className="field">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {options.length === 0 && empty}
      <div
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(help && `${id}-help`, error && `${id}-error`)}
        className={variant === 'chips' ? 'choices choices--chips' : 'choices choices--checkboxes'}
      >
        {options.map((option) => (
          <Choice
            key={option.id}
            option={option}
            count={counts.get(option.id) ?? 0}
            total={total}
            onToggle={async (add) => void (await commit(() => onToggle(option.id, add)))}
          />
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export const ChoiceChips = memo(ChoiceChipsComponent);

/** How many of `lists` include each id. */
export function countIn(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
