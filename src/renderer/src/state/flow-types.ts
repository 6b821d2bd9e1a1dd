// The React Flow node and edge types Caremap draws: one per actor, one per tie; data is plain and serialisable.
import type { Edge, Node } from '@xyflow/react';
import type { KindId, TieDirection, TieStatusId, TieStrength } from '../../../shared/domain';

export type ActorNodeData = { name: string; kindId: KindId };
export type ActorFlowNode = Node<ActorNodeData, 'actor'>;

export type TieEdgeData = {
  direction: TieDirection;
  colour: string;
  strength: TieStrength;
  statusId: TieStatusId | null;
};
export type TieFlowEdge = Edge<TieEdgeData, 'tie'>;
