// One tie up close: a straight line between two actors' shapes, with arrowheads showing its direction, its
// status as a line style and its strength as a width; dimmed or hidden by filter and focus.
import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { DIM, HIDDEN, useTieLook } from '../state/visible-ids';
import { SHAPE_CENTRE_X, SHAPE_CENTRE_Y, TIE_CLEARANCE, trimmedSegment } from './geometry';
import { dashArray, STRENGTH_WIDTH } from './tie-style';
import { useChangeMark } from '../history/history-store';
import { CHANGE_COLOUR } from '../history/change-style';

function centre(node: InternalNode<ActorFlowNode>) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + SHAPE_CENTRE_X, y: y + SHAPE_CENTRE_Y };
}

const LOOK_CLASS = ['', ' tie--dim', ' tie--hidden'] as const;

function TieEdgeComponent({ id, source, target, data, selected, markerStart, markerEnd, interactionWidth }: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode<ActorFlowNode>(source);
  const to = useInternalNode<ActorFlowNode>(target);
  const look = useTieLook(id);
  const mark = useChangeMark(id);
  const lineStyle = useDocumentStore((s) => (data?.statusId && s.tieStatusesById.get(data.statusId)?.lineStyle) || 'solid');
  if (!from || !to || look === HIDDEN) return null;
  const segment = trimmedSegment(centre(from), centre(to), TIE_CLEARANCE);
  if (!segment) return null;
  const [a, b] = segment;
  const width = STRENGTH_WIDTH[data?.strength ?? 'medium'];
  return (
    <BaseEdge
      id={id}
      path={`M${a.x},${a.y}L${b.x},${b.y}`}
      markerStart={markerStart}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth ?? 18}
      className={`tie${selected ? ' tie--selected' : ''}${LOOK_CLASS[look]}${mark ? ` tie--${mark}` : ''}`}
      data-look={look === DIM ? 'dim' : 'full'}
      data-change={mark}
      style={{
        stroke: mark ? CHANGE_COLOUR[mark] : data?.colour,
        strokeWidth: selected ? width + 2.5 : mark ? width + 1 : width,
        strokeDasharray: (mark === 'removed' ? '7 5' : dashArray(lineStyle, width).join(' ')) || undefined,
      }}
    />
  );
}

export const TieEdge = memo(TieEdgeComponent);
