// Fitting the map in view: the actors' extent, and the viewport that shows it inside the free part of the canvas
// (see free-area.ts). The first viewport of a map is computed before React Flow renders, from estimated covers, so a
// big map never renders once at the wrong zoom; use-free-area-fit.ts then corrects it from the measured ones.
import type { Viewport } from '@xyflow/react';
import type { ActorFlowNode } from '../state/flow-types';
import { viewportInRect, type Rect } from './free-area';
import { NODE_HEIGHT, NODE_WIDTH, SHAPE_CENTRE_X, SHAPE_CENTRE_Y } from '../state/node-geometry';

/** The least zoom of a map that fits at it; a wider map may zoom out further (see minZoomFor). */
export const MIN_ZOOM = 0.02;
/** Zoomed all the way out, the whole map is at most this many screen pixels across: smaller is no use to anyone. */
const WHOLE_MAP_MIN_PX = 200;
export const MAX_ZOOM = 2.5;
export const MAX_FIT_ZOOM = 1.2;
/** Screen pixels kept between the outermost actors and the edge of the free area (room for a larger shape). */
export const FIT_MARGIN = 14;
/** Covers before they are measured: the toolbar's row, the zoom buttons, and two or three rows of legend. */
const TOOLBAR_ESTIMATE = 56;
const CONTROLS_ESTIMATE = 64;
const LEGEND_ESTIMATE = 221;

/** The map-coordinate box holding every actor's whole node (shape and name), or null for an empty map. */
export function actorBounds(nodes: readonly ActorFlowNode[]): Rect | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x);
    maxY = Math.max(maxY, position.y);
  }
  return {
    x: minX - SHAPE_CENTRE_X,
    y: minY - SHAPE_CENTRE_Y,
    width: maxX - minX + NODE_WIDTH,
    height: maxY - minY + NODE_HEIGHT,
  };
}

/**
 * How far the map may be zoomed out: MIN_ZOOM, or lower when the map is so wide (a borough's register: 50,000 actors
 * span 70,000 units) that it would not fit at MIN_ZOOM, so that Fit always shows every actor. In power-of-two steps,
 * so moving an actor does not change it.
 */
export function minZoomFor(bounds: Rect | null): number {
  if (!bounds) return MIN_ZOOM;
  const whole = WHOLE_MAP_MIN_PX / Math.max(bounds.width, bounds.height, 1);
  return whole >= MIN_ZOOM ? MIN_ZOOM : 2 ** Math.floor(Math.log2(whole));
}

/** The viewport that fits `nodes` into `free` (canvas pixels); an empty map is centred on its origin. */
export function fitViewport(nodes: readonly ActorFlowNode[], free: Rect): Viewport {
  const bounds = actorBounds(nodes);
  if (!bounds) return { x: free.x + free.width / 2, y: free.y + free.height / 2, zoom: 1 };
  // Zoomed out, a name keeps its size on screen (the labelling policy) and so reaches further below its actor than the
  // actor's box says: the lowest names get room of their own at the foot of the free area, never under the legend.
  const room = { ...free, height: Math.max(free.height - NAME_ROOM_PX, 1) };
  return viewportInRect(bounds, room, FIT_MARGIN, minZoomFor(bounds), MAX_FIT_ZOOM);
}

/** Two lines of a name at the workshop's 18 px, three at the laptop's 11 px: what a name needs below its box. */
const NAME_ROOM_PX = 40;

export function initialViewport(
  nodes: readonly ActorFlowNode[],
  width: number,
  height: number,
  legendOpen: boolean,
): Viewport {
  const bottom = legendOpen ? LEGEND_ESTIMATE : 0;
  const free = {
    x: CONTROLS_ESTIMATE,
    y: TOOLBAR_ESTIMATE,
    width: Math.max(width - CONTROLS_ESTIMATE, 1),
    height: Math.max(height - TOOLBAR_ESTIMATE - bottom, 1),
  };
  return fitViewport(nodes, free);
}
