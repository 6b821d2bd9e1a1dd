// In the Tools panel: starts a guided mapping session (step-by-step, after the Net-Map method) for a workshop.
import { openGuidedSession } from './guided-actions';
import { useGuidedStore } from '../state/guided-store';

export function GuidedSessionStart() {
  const open = useGuidedStore((s) => s.open);
  return (
    <div className="panel">
      <h2 id="guided-start-title" className="panel__title">
        Guided session
      </h2>
      <p className="panel__help">Map a network with a group, one question at a time, shown big on screen.</p>
      <button type="button" className="button" disabled={open} onClick={() => void openGuidedSession()}>
        Start a guided session
      </button>
    </div>
  );
}
