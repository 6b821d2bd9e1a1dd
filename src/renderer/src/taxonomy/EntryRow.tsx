// One entry of a taxonomy list: its mark, its name (renamed in place), its other settings, how much it is used,
// and buttons that open a question (merge, delete) beneath it.
import { useState, type ReactNode } from 'react';
import { TextField } from '../forms/TextField';

export interface RowAction {
  /** e.g. "Delete…" */
  label: string;
  /** e.g. "Delete the kind “Hub”" */
  accessibleLabel: string;
  panel(close: () => void): ReactNode;
}

interface Props {
  name: string;
  /** e.g. "kind", for labels: "Name of the kind “Hub”". */
  entryWord: string;
  onRename(name: string): Promise<void>;
  mark?: ReactNode;
  controls?: ReactNode;
  usage: string;
  actions: readonly RowAction[];
  /** Anything shown under the row at all times (a choice field's choices). */
  below?: ReactNode;
}

export function EntryRow({ name, entryWord, onRename, mark, controls, usage, actions, below }: Props) {
  const [open, setOpen] = useState<number | null>(null);
  const close = () => setOpen(null);
  return (
    <li className="entry">
      <div className="entry__row">
        {mark && <span className="entry__mark">{mark}</span>}
        <TextField
          className="entry__name"
          label={`Name of the ${entryWord} “${name}”`}
          hideLabel
          value={name}
          maxLength={200}
          onCommit={onRename}
        />
        {controls}
        <span className="entry__usage">{usage}</span>
        <span className="entry__actions">
          {actions.map((action, i) => (
            <button
              key={action.label}
              type="button"
              className="button button--small"
              aria-label={action.accessibleLabel}
              aria-expanded={open === i}
              onClick={() => setOpen(open === i ? null : i)}
            >
              {action.label}
            </button>
          ))}
        </span>
      </div>
      {below}
      {open !== null && actions[open]?.panel(close)}
    </li>
  );
}
