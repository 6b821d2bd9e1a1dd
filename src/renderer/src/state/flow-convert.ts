// Turns document records (actors, ties) into React Flow nodes and edges.
import type { CanvasActor, CanvasTie } from '../../../shared/canvas-records';
import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { ActorId, TieType, TieTypeId } from '../../../shared/domain';
import { NODE_HANDLES, NODE_HEIGHT, NODE_MEASURED, NODE_WIDTH } from './node-geometry';
import type { ActorFlowNode, TieFlowEdge } from './flow-types';

export const NEUTRAL_TIE_COLOUR = '#5b6675';
const ACTOR_DOM = { 'aria-roledescription': 'actor' } as const;
/** tabIndex -1: ties leave the Tab sequence to the actors first; canvas/tie-tab-order.ts walks them after. */
const TIE_DOM = { 'aria-roledescription': 'tie', tabIndex: -1 } as const;

export function actorToNode(actor: CanvasActor, selected = false): ActorFlowNode {
  return {
    id: actor.id,
    type: 'actor',
    position: { x: actor.x, y: actor.y },
    data: { name: actor.name, kindId: actor.kindId },
    // Known size and handles: React Flow can cull, fit and connect without measuring thousands of nodes.
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: NODE_MEASURED,
    handles: NODE_HANDLES,
    ariaLabel: actor.name || 'Unnamed actor',
    domAttributes: ACTOR_DOM,
    selected,
  };
}

/** One marker object per colour, shared by every edge of it (read only): 50,000 ties made 50,000 before. */
const markers = new Map<string, EdgeMarker>();

function marker(colour: string): EdgeMarker {
  let made = markers.get(colour);
  if (!made) markers.set(colour, (made = newMarker(colour)));
  return made;
}

function newMarker(colour: string): EdgeMarker {
  return {
    type: MarkerType.ArrowClosed,
    color: colour,
    width: 20,
    height: 20,
    strokeWidth: 1,
    markerUnits: 'userSpaceOnUse',
  };
}

export function tieColour(tie: CanvasTie, tieTypes: ReadonlyMap<TieTypeId, TieType>): string {
  return (tie.tieTypeId && tieTypes.get(tie.tieTypeId)?.colour) || NEUTRAL_TIE_COLOUR;
}

export function tieToEdge(
  tie: CanvasTie,
  actors: ReadonlyMap<ActorId, CanvasActor>,
  tieTypes: ReadonlyMap<TieTypeId, TieType>,
  selected = false,
): TieFlowEdge {
  const colour = tieColour(tie, tieTypes);
  const from = actors.get(tie.fromId)?.name ?? 'an actor';
  const to = actors.get(tie.toId)?.name ?? 'an actor';
  const label =
    tie.direction === 'one-way'
      ? `Tie from ${from} to ${to}`
      : tie.direction === 'mutual'
        ? `Mutual tie between ${from} and ${to}`
        : `Tie between ${from} and ${to}`;
  return {
    id: tie.id,
    type: 'tie',
    source: tie.fromId,
    target: tie.toId,
    data: { direction: tie.direction, colour, strength: tie.strength, statusId: tie.statusId },
    markerEnd: tie.direction === 'none' ? undefined : marker(colour),
    markerStart: tie.direction === 'mutual' ? marker(colour) : undefined,
    ariaLabel: label,
    domAttributes: TIE_DOM,
    selected,
  };
}
