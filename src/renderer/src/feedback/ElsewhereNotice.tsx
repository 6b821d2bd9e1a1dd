// Across the top of the window when another window or tab switched or closed this view's map: says so, and follows
// only when the person chooses.
import { loadCurrentMap } from '../state/map-actions';
import { useElsewhereStore } from '../state/live-view';
import '../styles/live.css';

export function ElsewhereNotice() {
  const notice = useElsewhereStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="elsewhere-notice" role="alert">
      <p className="elsewhere-notice__text">{notice}</p>
      <button type="button" className="button button--primary button--small" onClick={() => void loadCurrentMap()}>
        Show it
      </button>
    </div>
  );
}
