// The status bar: what just happened (read out by screen readers), and a reminder that every edit is saved (or that
// a read-only map cannot be changed).
import { useDocumentStore } from '../state/document-store';
import { useSessionStore } from '../state/session-store';
import { countGhosts, useHistoryStore } from '../state/history-store';
import { useElsewhereStore } from '../state/live-view';

export function StatusBar() {
  const status = useSessionStore((s) => s.status);
  const marks = useHistoryStore((s) => s.marks);
  const actors = useDocumentStore((s) => s.actors.size - countGhosts(marks, s.actors.keys()));
  const ties = useDocumentStore((s) => s.ties.size - countGhosts(marks, s.ties.keys()));
  const hasMap = useDocumentStore((s) => s.info !== null);
  const readOnly = useDocumentStore((s) => s.info?.readOnly === true);
  // This view's map was closed elsewhere: "Every change is saved" would be untrue of anything tried here.
  const elsewhere = useElsewhereStore((s) => s.notice !== null);
  return (
    <footer className="status-bar">
      <p className="status-bar__message" role="status" aria-live="polite">
        {status}
      </p>
      {hasMap && (
        <p className="status-bar__facts">
          {actors} {actors === 1 ? 'actor' : 'actors'} · {ties} {ties === 1 ? 'tie' : 'ties'} ·{' '}
          {elsewhere ? (
            <span className="status-bar__read-only">Not editing: this map is no longer the one open.</span>
          ) : readOnly ? (
            <span className="status-bar__read-only">
              Read-only: this map cannot be changed here. Save a copy to edit it.
            </span>
          ) : (
            <span className="status-bar__saved">Every change is saved</span>
          )}
        </p>
      )}
    </footer>
  );
}
