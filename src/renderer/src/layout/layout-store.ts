// Session state for layouts: whether a force layout is running (for the Stop bar), and the snap-to-grid toggle.
import { create } from 'zustand';

export interface LayoutState {
  /** A force layout is previewing on the canvas; nothing is saved until it ends or is stopped. */
  running: boolean;
  /** How many actors it moves, for the bar's words. */
  moving: number;
  /** Drags snap actors to the background grid. */
  snapToGrid: boolean;
}

export const useLayoutStore = create<LayoutState>()(() => ({ running: false, moving: 0, snapToGrid: false }));

export function toggleSnapToGrid(): void {
  useLayoutStore.setState((s) => ({ snapToGrid: !s.snapToGrid }));
}

/** The background grid's spacing (MapCanvas's Background gap), so snapped actors sit on its dots. */
export const GRID_SIZE = 28;
