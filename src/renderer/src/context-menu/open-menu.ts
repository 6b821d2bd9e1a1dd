// Opening the right-click menu: from React Flow's context-menu events (module-level handlers, see flow-handlers.ts)
// and from the keyboard (the Menu key or Shift+F10 on the focused actor, tie or map).
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { ActorId, TieId } from '../../../shared/domain';
import { toFlowPoint, pastePoint } from '../canvas/paste-point';
import { selectOnly, selectTie, selection } from '../state/flow-store';
import { useSessionStore } from '../state/session-store';
import { readOnlyReason } from '../state/history-store';
import { openContextMenu, type MenuTarget } from './context-menu-store';
import { useFarStore } from '../canvas/far/far-store';

/** Right-clicking an actor that is one of several chosen acts on all of them; any other actor becomes the choice. */
function actorTarget(id: ActorId): MenuTarget {
  const chosen = selection().actorIds;
  if (chosen.length > 1 && chosen.includes(id)) return { type: 'selection', ids: chosen };
  selectOnly([id]);
  return { type: 'actor', id };
}

function show(target: MenuTarget, x: number, y: number): void {
  // A snapshot on show is read-only, and the menus are nearly all edits: say why instead of a menu of refusals.
  if (readOnlyReason() || useSessionStore.getState().dialog) return;
  openContextMenu({
    target,
    screen: { x, y },
    returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
  });
}

const fromPointer = (event: ReactMouseEvent | MouseEvent, target: () => MenuTarget) => {
  event.preventDefault();
  show(target(), event.clientX, event.clientY);
};

export const onNodeContextMenu = (event: ReactMouseEvent, node: { id: string }) =>
  fromPointer(event, () => actorTarget(node.id as ActorId));
export const onEdgeContextMenu = (event: ReactMouseEvent, edge: { id: string }) =>
  fromPointer(event, () => {
    selectTie(edge.id, false);
    return { type: 'tie', id: edge.id as TieId };
  });
export const onSelectionContextMenu = (event: ReactMouseEvent) =>
  fromPointer(event, () => ({ type: 'selection', ids: selection().actorIds }));
/** Zoomed out on a big map actors are dots on the far layer's canvas: the one under the pointer gets its own menu. */
export const onPaneContextMenu = (event: ReactMouseEvent | MouseEvent) =>
  fromPointer(event, () => {
    const far = document.querySelector('.map-canvas.is-far') !== null;
    const dot = far ? useFarStore.getState().hoverId : null;
    if (dot) return actorTarget(dot as ActorId);
    return { type: 'map', at: toFlowPoint(event.clientX, event.clientY) ?? { x: 0, y: 0 } };
  });

/** The Menu key / Shift+F10: the menu of the focused actor or tie, else the map's, at its middle. */
export function openFromKeyboard(focused: Element | null): boolean {
  const map = document.querySelector<HTMLElement>('.map-canvas');
  if (!map || !focused || !map.contains(focused)) return false;
  const node = focused.closest<HTMLElement>('.react-flow__node[data-id]');
  const edge = focused.closest<HTMLElement>('.react-flow__edge[data-id]');
  const box = (node ?? edge ?? map).getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = node || edge ? box.top + box.height * 0.6 : box.top + box.height / 2;
  if (node) show(actorTarget(node.dataset.id as ActorId), x, y);
  else if (edge) show({ type: 'tie', id: edge.dataset.id as TieId }, x, y);
  else show({ type: 'map', at: pastePoint() ?? { x: 0, y: 0 } }, x, y);
  return true;
}
