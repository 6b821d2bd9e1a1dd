// The size of an actor on the canvas and where its shape sits, shared by nodes, ties and the zoomed-out layer.
import { Position, type NodeHandle, type NodeOrigin } from '@xyflow/react';
import type { Point } from '../../../shared/geometry-types';

/** Every actor node has the same box, so React Flow never has to re-measure when the level of detail changes. */
export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 100;
/** The shape's centre inside the box. An actor's (x, y) is this point. */
export const SHAPE_CENTRE_X = NODE_WIDTH / 2;
export const SHAPE_CENTRE_Y = 30;
export const SHAPE_SIZE = 48;
/** The name's top edge inside the box at the usual size (canvas.css); it moves down as the shape grows. */
export const NAME_TOP = 59;
/** Ties stop this far from an actor's centre, so arrowheads are not hidden under the shape. */
export const TIE_CLEARANCE = SHAPE_SIZE / 2 + 5;
/** Makes node.position the shape's centre, so actor coordinates mean the same thing everywhere. */
export const NODE_ORIGIN: NodeOrigin = [SHAPE_CENTRE_X / NODE_WIDTH, SHAPE_CENTRE_Y / NODE_HEIGHT];

/** The tie knob (a 16px ring right of the shape) and the drop target (the whole box), as drawn by canvas.css. */
export const KNOB = { x: 110, y: 22, size: 16 };
/**
 * Declared up front so React Flow never measures handles: edges and connections work for actors that were only
 * ever drawn as dots (which render no handles at all), and thousands of nodes mount without a layout read each.
 */
export const NODE_HANDLES: NodeHandle[] = [
  { id: 'out', type: 'source', position: Position.Right, x: KNOB.x, y: KNOB.y, width: KNOB.size, height: KNOB.size },
  { id: 'in', type: 'target', position: Position.Left, x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT },
];
export const NODE_MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** The straight segment between two actor centres, shortened at both ends by `clearance`; null if they overlap. */
export function trimmedSegment(from: Point, to: Point, clearance: number): [Point, Point] | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= clearance * 2) return null;
  const ux = dx / length;
  const uy = dy / length;
  return [
    { x: from.x + ux * clearance, y: from.y + uy * clearance },
    { x: to.x - ux * clearance, y: to.y - uy * clearance },
  ];
}
