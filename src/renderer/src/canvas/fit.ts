// Fitting the map in view: the padding that keeps actors clear of the legend, and the first viewport of a map,
// computed before React Flow renders so a big map never renders once at the wrong zoom.
import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import type { ActorFlowNode } from '../state/flow-types';
import { NODE_HEIGHT, NODE_WIDTH, SHAPE_CENTRE_X, SHAPE_CENTRE_Y } from './geometry';

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 2.5;
const MAX_FIT_ZOOM = 1.2;
/** Height of the legend before it has been measured (two or three rows of kinds). */
const LEGEND_ESTIMATE = 185;

function padding(legendHeight: number | null) {
  if (!legendHeight) return 0.08;
  return { top: '28px', left: '64px', right: '28px', bottom: `${Math.round(legendHeight + 36)}px` } as const;
}

/** Options for fitView now: leaves room at the bottom for the legend when it is open. */
export function fitOptions(): FitViewOptions {
  const legend = document.querySelector('.legend')?.getBoundingClientRect().height ?? null;
  return { padding: padding(legend), maxZoom: MAX_FIT_ZOOM, includeHiddenNodes: true };
}

export function initialViewport(nodes: readonly ActorFlowNode[], width: number, height: number, legendOpen: boolean): Viewport {
  if (nodes.length === 0) return { x: width / 2, y: height / 2, zoom: 1 };
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
  const bounds = { x: minX - SHAPE_CENTRE_X, y: minY - SHAPE_CENTRE_Y, width: maxX - minX + NODE_WIDTH, height: maxY - minY + NODE_HEIGHT };
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, MAX_FIT_ZOOM, padding(legendOpen ? LEGEND_ESTIMATE : null));
}
