// Workshop mode (for the projector) as session state: on or off, and whether we made the page full screen.
import { create } from 'zustand';
import { announce, requestFitView } from '../state/session-store';

export interface WorkshopState {
  on: boolean;
}

export const useWorkshopStore = create<WorkshopState>()(() => ({ on: false }));

/** True when workshop mode asked for full screen, so leaving it gives full screen back (and only then). */
let ownFullscreen = false;

export function enterWorkshop(): void {
  if (useWorkshopStore.getState().on) return;
  useWorkshopStore.setState({ on: true });
  announce('Workshop mode: press F5 or Esc to leave.');
  // The canvas gets the whole window: show the whole map in it.
  requestFitView();
  // Full screen where the browser allows it; where it does not, the window's own space is used.
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) {
    root.requestFullscreen().then(
      () => (ownFullscreen = true),
      () => (ownFullscreen = false),
    );
  }
}

export function leaveWorkshop(): void {
  if (!useWorkshopStore.getState().on) return;
  useWorkshopStore.setState({ on: false });
  announce('Left workshop mode.');
  requestFitView();
  if (ownFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  ownFullscreen = false;
}

export function toggleWorkshop(): void {
  if (useWorkshopStore.getState().on) leaveWorkshop();
  else enterWorkshop();
}

/** The browser's own Esc ends full screen without telling the page's key handlers: leave workshop mode with it. */
export function onFullscreenChange(): void {
  if (!document.fullscreenElement && ownFullscreen) {
    ownFullscreen = false;
    leaveWorkshop();
  }
}
