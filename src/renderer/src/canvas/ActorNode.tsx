// One actor up close: its kind's shape, its name (or the rename field) and the knob for drawing ties.
// Zoomed out on a big map actors are not elements at all: far/FarLayer draws them.
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import { useSessionStore } from '../state/session-store';
import type { ActorFlowNode } from '../state/flow-types';
import { ActorShape } from './ActorShape';
import { SHAPE_SIZE } from './geometry';
import { RenameInput } from './RenameInput';

const UNKNOWN_KIND_COLOUR = '#8a94a3';

/** The tie knob and the whole-actor drop target; their geometry is also declared in NODE_HANDLES. */
function Handles() {
  return (
    <>
      <Handle type="source" id="out" position={Position.Right} className="actor__knob" title="Drag to another actor to draw a tie" />
      <Handle type="target" id="in" position={Position.Left} className="actor__drop" isConnectableStart={false} />
    </>
  );
}

function ActorNodeComponent({ id, data }: NodeProps<ActorFlowNode>) {
  const kind = useDocumentStore((s) => s.kindsById.get(data.kindId));
  const editing = useSessionStore((s) => s.editingActorId === id);
  const colour = kind?.colour ?? UNKNOWN_KIND_COLOUR;
  const shape = kind?.shape ?? 'circle';

  return (
    <div className="actor">
      <div className="actor__shape">
        <ActorShape shape={shape} colour={colour} size={SHAPE_SIZE} />
      </div>
      {editing ? (
        <RenameInput id={id} name={data.name} />
      ) : (
        <div className="actor__name" title={kind ? `${data.name} · ${kind.name}` : data.name}>
          {data.name || 'Unnamed actor'}
        </div>
      )}
      <Handles />
    </div>
  );
}

export const ActorNode = memo(ActorNodeComponent);
