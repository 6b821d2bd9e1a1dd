// The header's "History" button: shows or hides the panel of snapshots (save, show, compare, restore).
import { toggleHistory, useHistoryStore } from '../state/history-store';

export function HistoryToggle({ disabled }: { disabled?: boolean }) {
  const open = useHistoryStore((s) => s.open);
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={open}
      disabled={disabled}
      onClick={toggleHistory}
    >
      History
    </button>
  );
}
