// A tie drawn on the map ends selected, with its details open and the type ready to choose: otherwise it stays
// "No type" unless the facilitator finds and clicks a thin line.
import type { ActorId } from '../../../shared/domain';
import { createTie } from '../state/edits';
import { selectTie } from '../state/flow-store';
import { useSessionStore } from '../state/session-store';
import { requestTieTypeFocus } from '../inspector/tie-type-focus';
import { useWorkshopStore } from '../workshop/workshop-store';

export async function drawTie(fromId: ActorId, toId: ActorId): Promise<void> {
  const id = await createTie(fromId, toId);
  if (!id) return;
  // Workshop mode shows no panels (nothing personal on the projector): the tie is selected, nothing more.
  if (!useWorkshopStore.getState().on) {
    requestTieTypeFocus(id);
    useSessionStore.setState({ inspectorOpen: true });
  }
  selectTie(id, false);
}
