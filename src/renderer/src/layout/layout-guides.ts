// What a care circle or group-by-kind layout draws behind the actors (rings with labels, labelled kind regions), kept
import type { CanvasActor } from '../../../shared/canvas-records';
// as session state while the actors stay where that layout put them.
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import type { LayoutGuides } from './layout-guide-types';
import { useLayoutStore } from './layout-store';

export function showGuides(guides: LayoutGuides | null): void {
  useLayoutStore.setState({ guides });
}

/** True while every actor the layout placed is still on the map where it was put (a move or undo hides the guides). */
export function guidesHold(guides: LayoutGuides, actors: ReadonlyMap<ActorId, CanvasActor>): boolean {
  return guides.placed.every((p) => {
    const a = actors.get(p.id as ActorId);
    return a !== undefined && a.x === p.x && a.y === p.y;
  });
}

/** The guides to draw now, or null. */
export function useShownGuides(): LayoutGuides | null {
  const guides = useLayoutStore((s) => s.guides);
  const holds = useDocumentStore((s) => (guides ? guidesHold(guides, s.actors) : false));
  return guides && holds ? guides : null;
}
