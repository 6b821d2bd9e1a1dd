// Session state for layouts: whether a force layout is running (for the Stop bar), the snap-to-grid toggle, and the
// guides (rings, kind regions) the last layout drew.
import { create } from 'zustand';
import type { LayoutGuides } from './layout-guide-types';

export interface LayoutState {
  /** A force layout is previewing on the canvas; nothing is saved until it ends or is stopped. */
  running: boolean;
  /** How many actors it moves, for the bar's words. */
  moving: number;
  /** Drags snap actors to the background grid. */
  snapToGrid: boolean;
  /** Rings or kind regions drawn behind the actors by the last care circle or group by kind. */
  guides: LayoutGuides | null;
}

export const useLayoutStore = create<LayoutState>()(() => ({
  running: false,
  moving: 0,
  snapToGrid: false,
  guides: null,
}));

export function toggleSnapToGrid(): void {
  useLayoutStore.setState((s) => ({ snapToGrid: !s.snapToGrid }));
}

/** The background grid's spacing (MapCanvas's Background gap), so snapped actors sit on its dots. */
export const GRID_SIZE = 28;
