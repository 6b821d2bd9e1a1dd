// Undo and Redo in the header, titled with what they would undo or redo ("Undo Move 3 actors").
import { useDocumentStore } from '../state/document-store';
import { redo, stripVerb, undo } from '../state/edits';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function HistoryButtons() {
  const history = useDocumentStore((s) => s.history);
  const undoTitle = history.undoLabel ? `Undo ${stripVerb(history.undoLabel, 'Undo')}` : 'Nothing to undo';
  const redoTitle = history.redoLabel ? `Redo ${stripVerb(history.redoLabel, 'Redo')}` : 'Nothing to redo';
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="button button--ghost"
        disabled={!history.canUndo}
        title={`${undoTitle} (${MOD}Z)`}
        aria-label={history.undoLabel ? undoTitle : 'Undo'}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className="button button--ghost"
        disabled={!history.canRedo}
        title={`${redoTitle} (${MOD}Shift+Z)`}
        aria-label={history.redoLabel ? redoTitle : 'Redo'}
        onClick={() => void redo()}
      >
        Redo <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
