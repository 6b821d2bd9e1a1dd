// Saves a layout's result as one actors.move (one undo step) and says what happened in words.
import type { ActorId } from '../../../shared/domain';
import type { Placement } from '../../../shared/layout';
import { api } from '../api/client';
import { describeError } from '../state/describe-error';
import { useDocumentStore } from '../state/document-store';
import { runFieldEdit } from '../state/edits';
import { restorePositions } from '../state/flow-store';
import { announce, showError } from '../state/session-store';

const actorsWord = (n: number) => `${n} actor${n === 1 ? '' : 's'}`;

/** Only actors whose saved position differs: a layout that changes nothing records no undo step. */
function realMoves(placements: readonly Placement[]): { id: ActorId; x: number; y: number }[] {
  const { actors } = useDocumentStore.getState();
  return placements
    .filter((p) => {
      const a = actors.get(p.id as ActorId);
      return a !== undefined && (a.x !== p.x || a.y !== p.y);
    })
    .map((p) => ({ id: p.id as ActorId, x: p.x, y: p.y }));
}

/** `what` names the layout in the message: "Care circle", "Aligned left"… */
export async function applyLayout(what: string, placements: readonly Placement[], pinnedLeft = 0): Promise<void> {
  const moves = realMoves(placements);
  const pins = pinnedLeft > 0 ? ` ${actorsWord(pinnedLeft)} pinned in place stayed put.` : '';
  if (moves.length === 0) {
    restorePositions(placements.map((p) => p.id));
    announce(`${what}: everyone is already in place.${pins}`);
    return;
  }
  try {
    await runFieldEdit(() => api['actors.move']({ moves }));
    // The saved moves redraw their actors; a preview may have left others (that ended where they started) drawn
    // elsewhere, so put those back too.
    const moved = new Set<string>(moves.map((m) => m.id));
    const unmoved = placements.filter((p) => !moved.has(p.id)).map((p) => p.id);
    if (unmoved.length > 0) restorePositions(unmoved);
    announce(`${what}: moved ${actorsWord(moves.length)}. Undo puts them back.${pins}`);
  } catch (error) {
    restorePositions(moves.map((m) => m.id));
    showError(`${what} could not be saved: ${describeError(error)}`);
  }
}
