// Workshop mode (for the projector) as session state: on or off, and whether we made the page full screen.
import { create } from 'zustand';
import { announce, requestFitView } from '../state/session-store';
import { giveBackFullscreen, lostFullscreen, takeFullscreen } from '../state/fullscreen';

export interface WorkshopState {
  on: boolean;
}

export const useWorkshopStore = create<WorkshopState>()(() => ({ on: false }));

export function enterWorkshop(): void {
  if (useWorkshopStore.getState().on) return;
  useWorkshopStore.setState({ on: true });
  announce('Workshop mode: press F5 or Esc to leave.');
  // The canvas gets the whole window: show the whole map in it.
  requestFitView();
  takeFullscreen('workshop');
}

export function leaveWorkshop(): void {
  if (!useWorkshopStore.getState().on) return;
  useWorkshopStore.setState({ on: false });
  announce('Left workshop mode.');
  requestFitView();
  giveBackFullscreen('workshop');
}

export function toggleWorkshop(): void {
  if (useWorkshopStore.getState().on) leaveWorkshop();
  else enterWorkshop();
}

/** The browser's own Esc ends full screen without telling the page's key handlers: leave workshop mode with it. */
export function onFullscreenChange(): void {
  if (lostFullscreen('workshop')) leaveWorkshop();
}
