// An actor being renamed must be on screen at full detail: if it is zoomed out (a dot) or out of view, go to it.
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import { useSessionStore } from '../state/session-store';

const READABLE_ZOOM = 1;

export function useRevealEditing(far: boolean): void {
  const editing = useSessionStore((s) => s.editingActorId);
  const { setCenter } = useReactFlow();
  useEffect(() => {
    if (!editing || !far) return;
    const actor = useDocumentStore.getState().actors.get(editing);
    if (actor) void setCenter(actor.x, actor.y, { zoom: READABLE_ZOOM });
  }, [editing, far, setCenter]);
}
