// Level of detail: on big maps, below LOD_ZOOM actors are drawn as plain dots and ties on one canvas layer.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';

/** Below this zoom a 15px label is under 7px on screen: unreadable, so not worth its cost. */
export const LOD_ZOOM = 0.45;
/** Small maps are cheap to draw in full at any zoom, and keep their arrows and shapes when zoomed out. */
export const LOD_MIN_ACTORS = 300;

const isZoomedOut = (s: ReactFlowState) => s.transform[2] < LOD_ZOOM;

/**
 * True when a big map is zoomed out past LOD_ZOOM. Both selectors return booleans, so panning, zooming and
 * editing re-render a node only when a threshold is crossed.
 */
export function useIsFar(): boolean {
  const zoomedOut = useStore(isZoomedOut);
  const big = useDocumentStore((s) => s.actors.size >= LOD_MIN_ACTORS);
  return zoomedOut && big;
}

/** Zoom rounded to quarter-octave steps (×1.19): the tie layer redraws at a new resolution only when this changes. */
const zoomStep = (s: ReactFlowState) => 2 ** (Math.round(Math.log2(s.transform[2]) * 4) / 4);

export function useZoomStep(): number {
  return useStore(zoomStep);
}

/** Below this zoom the background dot grid is a grey haze of sub-2px tiles that costs a full repaint per pan frame. */
const GRID_MIN_ZOOM = 0.3;
const showGrid = (s: ReactFlowState) => s.transform[2] >= GRID_MIN_ZOOM;

export function useShowGrid(): boolean {
  return useStore(showGrid);
}
