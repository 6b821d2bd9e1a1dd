// A drop-down that applies a choice to every selected row at once, then goes back to its prompt.
import type { Choice } from '../forms/SelectField';

interface BulkSelectProps {
  label: string;
  prompt: string;
  choices: readonly Choice[];
  onChoose(value: string): void;
}

const PROMPT = '\u0000prompt';

export function BulkSelect({ label, prompt, choices, onChoose }: BulkSelectProps) {
  return (
    <select
      className="bulk-bar__select"
      aria-label={label}
      value={PROMPT}
      disabled={choices.length === 0}
      onChange={(event) => {
        if (event.target.value !== PROMPT) onChoose(event.target.value);
      }}
    >
      <option value={PROMPT} disabled>
        {prompt}
      </option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
