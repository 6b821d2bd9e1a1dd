// One actor up close: its kind's shape (sized and coloured by the chosen encoding), its name (or the rename field)
// and the knob for drawing ties; dimmed by filter, focus or search. Zoomed out on a big map far/FarLayer draws it.
import { memo, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useActorColour, useActorScale } from '../state/actor-encoding';
import { useDocumentStore } from '../state/document-store';
import { useSessionStore } from '../state/session-store';
import type { ActorFlowNode } from '../state/flow-types';
import { DIM, HIDDEN, useActorLook } from '../state/visible-ids';
import { ActorShape } from './ActorShape';
import { NAME_TOP, SHAPE_SIZE } from '../state/node-geometry';
import { useNameHidden } from './names/name-store';
import { shapeOfName } from './names/name-shapes';
import { RenameInput } from './RenameInput';
import { ChangeBadge } from '../history/ChangeBadge';
import { useChangeMark } from '../state/history-store';
import { PinMark } from '../layout/PinMark';

const UNKNOWN_KIND_COLOUR = '#8a94a3';
const LOOKS = ['full', 'dim', 'hidden'] as const;

/** The tie knob and the whole-actor drop target; their geometry is also declared in NODE_HANDLES. */
function Handles() {
  return (
    <>
      <Handle
        type="source"
        id="out"
        position={Position.Right}
        className="actor__knob"
        title="Drag to another actor to draw a tie"
      />
      <Handle type="target" id="in" position={Position.Left} className="actor__drop" isConnectableStart={false} />
    </>
  );
}

function ActorNodeComponent({ id, data }: NodeProps<ActorFlowNode>) {
  const kind = useDocumentStore((s) => s.kindsById.get(data.kindId));
  const editing = useSessionStore((s) => s.editingActorId === id);
  const look = useActorLook(id);
  const mark = useChangeMark(id);
  const scale = useActorScale(id);
  const encoded = useActorColour(id);
  const colour = encoded ?? kind?.colour ?? UNKNOWN_KIND_COLOUR;
  const shape = kind?.shape ?? 'circle';
  const nameTop = { top: NAME_TOP + (SHAPE_SIZE / 2) * (scale - 1) };
  // Whole names in the policy's lines (never cut short); a name that would overlap a more important one gives way.
  const lines = useMemo(() => shapeOfName(data.name).lines.join('\n'), [data.name]);
  const nameHidden = useNameHidden(id);

  return (
    <div
      className={`actor${look === DIM ? ' actor--dim' : look === HIDDEN ? ' actor--hidden' : ''}${mark ? ` actor--${mark}` : ''}`}
      data-look={LOOKS[look]}
      data-change={mark}
    >
      <div className="actor__shape" style={scale === 1 ? undefined : { transform: `scale(${scale})` }}>
        <ActorShape shape={shape} colour={colour} size={SHAPE_SIZE} />
      </div>
      {editing ? (
        <RenameInput id={id} name={data.name} />
      ) : (
        <div
          className={`actor__name${nameHidden ? ' actor__name--yields' : ''}`}
          style={nameTop}
          title={kind ? `${data.name} · ${kind.name}` : data.name}
        >
          {lines}
        </div>
      )}
      {mark && <ChangeBadge mark={mark} />}
      <PinMark id={id} />
      <Handles />
    </div>
  );
}

export const ActorNode = memo(ActorNodeComponent);
