// One tie up close: a line between two actors' shapes (a gentle curve when another tie joins the same two), with
// arrowheads showing its direction, its status as a line style and its strength as a width, optionally its type
// as a label; dimmed or hidden by filter and focus.
import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { DIM, HIDDEN, useTieLook } from '../state/visible-ids';
import { SHAPE_CENTRE_X, SHAPE_CENTRE_Y, TIE_CLEARANCE } from '../state/node-geometry';
import { curvePath, tieCurve } from '../../../shared/render/tie-bends';
import { useTieBend } from './ties/bends';
import { TieLabel } from './ties/TieLabel';
import { dashArray, STRENGTH_WIDTH } from '../../../shared/render/tie-style';
import { useChangeMark } from '../state/history-store';
import { CHANGE_COLOUR } from '../history/change-style';

function centre(node: InternalNode<ActorFlowNode>) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + SHAPE_CENTRE_X, y: y + SHAPE_CENTRE_Y };
}

const LOOK_CLASS = ['', ' tie--dim', ' tie--hidden'] as const;

function TieEdgeComponent({
  id,
  source,
  target,
  data,
  selected,
  markerStart,
  markerEnd,
  interactionWidth,
}: EdgeProps<TieFlowEdge>) {
  const from = useInternalNode<ActorFlowNode>(source);
  const to = useInternalNode<ActorFlowNode>(target);
  const look = useTieLook(id);
  const mark = useChangeMark(id);
  const lineStyle = useDocumentStore(
    (s) => (data?.statusId && s.tieStatusesById.get(data.statusId)?.lineStyle) || 'solid',
  );
  const bend = useTieBend(id);
  if (!from || !to || look === HIDDEN) return null;
  const curve = tieCurve(centre(from), centre(to), bend, TIE_CLEARANCE, TIE_CLEARANCE);
  if (!curve) return null;
  const width = STRENGTH_WIDTH[data?.strength ?? 'medium'];
  return (
    <>
      <BaseEdge
        id={id}
        path={curvePath(curve)}
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
      <TieLabel id={id} at={curve.mid} dimmed={look === DIM} />
    </>
  );
}

export const TieEdge = memo(TieEdgeComponent);
