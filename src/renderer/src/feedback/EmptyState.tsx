// What the map area shows before a map is open: a loading note, or the ways to start one.
import { chooseMapToOpen, chooseNewMap } from '../state/map-actions';

export function EmptyState({ loading }: { loading: boolean }) {
  if (loading) {
    return (
      <div className="empty-state" aria-busy="true">
        <p>Opening your map…</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2>No map is open</h2>
      <p>Start a new map for this workshop, or open one you made before.</p>
      <div className="empty-state__actions">
        <button type="button" className="button button--primary" onClick={() => void chooseNewMap()}>
          New map…
        </button>
        <button type="button" className="button" onClick={() => void chooseMapToOpen()}>
          Open a map…
        </button>
      </div>
    </div>
  );
}
