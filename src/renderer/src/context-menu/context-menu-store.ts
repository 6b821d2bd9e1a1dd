// Which right-click menu is open, for what, and where: session state of this window.
import { create } from 'zustand';
import type { ActorId, TieId } from '../../../shared/domain';

export type MenuTarget =
  | { type: 'actor'; id: ActorId }
  | { type: 'tie'; id: TieId }
  | { type: 'selection'; ids: ActorId[] }
  /** `at`: the spot on the map, in map coordinates, where "Add an actor here" and "Paste here" put things. */
  | { type: 'map'; at: { x: number; y: number } };

export interface OpenMenu {
  target: MenuTarget;
  /** Where the menu's top-left corner goes, in window pixels (kept inside the window when drawn). */
  screen: { x: number; y: number };
  /** Focus goes back here when the menu closes without a command that moves it (Esc, a click outside). */
  returnFocus: HTMLElement | null;
}

export const useContextMenuStore = create<{ open: OpenMenu | null }>()(() => ({ open: null }));

export function openContextMenu(menu: OpenMenu): void {
  useContextMenuStore.setState({ open: menu });
}

export function closeContextMenu(refocus: boolean): void {
  const open = useContextMenuStore.getState().open;
  if (!open) return;
  useContextMenuStore.setState({ open: null });
  if (refocus && open.returnFocus?.isConnected) open.returnFocus.focus({ preventScroll: true });
}
