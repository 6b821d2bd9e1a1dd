// Level of detail: how much of a big map is drawn as elements, by zoom.
//
// Small maps (< LOD_MIN_ACTORS) are plain React Flow at every zoom: memoised ActorNode/TieEdge, SVG ties with
// arrow markers, every actor and tie focusable. Big maps have two levels:
// - Up close (zoom >= LOD_ZOOM): actors are React Flow nodes, culled to the view (onlyRenderVisibleElements);
//   ties are drawn on a canvas a little larger than the view, ties/ScreenTieLayer, found through a spatial index
//   and shifted as a bitmap while panning, because React Flow culls ties by bounding box and long ties make that
//   thousands of SVG elements. Selected ties are still React Flow edges.
// - Zoomed out (zoom < LOD_ZOOM): React Flow holds no actors (fitting and selection read the flow store):
//   far/FarLayer draws all dots and ties on one canvas inside the viewport, ties written as pixels, repainted
//   whole on quarter-octave zoom steps and look changes, patched where an edit or drag changed it, never on
//   pan; far/FarOverlay draws what moves or is selected; far/use-far-pointer handles clicks, drags,
//   Shift+drag boxes, hover names and double-click.
// Pans and drags also raise canvas/GestureShield so the browser hit-tests one element per mouse move.
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
  return useIsBigMap() && zoomedOut;
}

/** A map big enough that ties are drawn on canvases at every zoom (see ties/ScreenTieLayer). */
export function useIsBigMap(): boolean {
  return useDocumentStore((s) => s.actors.size >= LOD_MIN_ACTORS);
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
