// The header's "Table" button: shows or hides the table beside the canvas.
import { toggleTable, useViewStore } from '../state/view-store';

export function TableToggle({ disabled }: { disabled?: boolean }) {
  const open = useViewStore((s) => s.tableOpen);
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={open}
      disabled={disabled}
      onClick={toggleTable}
    >
      Table
    </button>
  );
}
