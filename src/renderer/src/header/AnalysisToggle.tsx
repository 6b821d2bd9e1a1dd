// The header's "Analysis" button: shows or hides the panel of figures about the whole map.
import { toggleAnalysis, useSessionStore } from '../state/session-store';

export function AnalysisToggle({ disabled }: { disabled?: boolean }) {
  const open = useSessionStore((s) => s.analysisOpen);
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={open}
      disabled={disabled}
      onClick={toggleAnalysis}
    >
      Analysis
    </button>
  );
}
