// While the map is panned or actors are dragged, one transparent layer covers the canvas. The browser then
// hit-tests every mouse move against it alone instead of thousands of actor layers (pan/drag listen on window).
import { useFlowStore } from '../state/flow-store';
import { useSessionStore } from '../state/session-store';

export function GestureShield() {
  const panning = useSessionStore((s) => s.panning);
  const dragging = useFlowStore((s) => s.draggingIds !== null);
  return panning || dragging ? (
    <div className={`gesture-shield${dragging ? ' gesture-shield--drag' : ''}`} aria-hidden="true" />
  ) : null;
}
