// One tie up close: a straight line between two actors' shapes, with arrowheads showing its direction.
import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { SHAPE_CENTRE_X, SHAPE_CENTRE_Y, TIE_CLEARANCE, trimmedSegment } from './geometry';

function centre(node: InternalNode<ActorFlowNode>) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + SHAPE_CENTRE_X, y: y + SHAPE_CENTRE_Y };
}

function TieEdgeComponent({ id, source, target, data, selected, markerStart, markerEnd, interactionWidth }: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode<ActorFlowNode>(source);
  const to = useInternalNode<ActorFlowNode>(target);
  if (!from || !to) return null;
  const segment = trimmedSegment(centre(from), centre(to), TIE_CLEARANCE);
  if (!segment) return null;
  const [a, b] = segment;
  return (
    <BaseEdge
      id={id}
      path={`M${a.x},${a.y}L${b.x},${b.y}`}
      markerStart={markerStart}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth ?? 18}
      className={selected ? 'tie tie--selected' : 'tie'}
      style={{ stroke: data?.colour }}
    />
  );
}

export const TieEdge = memo(TieEdgeComponent);
