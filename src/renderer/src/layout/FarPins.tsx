// Zoomed out on a big map: a small pin mark beside each pinned actor's dot, drawn over the far layer.
import { useMemo } from 'react';
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { useFlowStore } from '../state/flow-store';

/** `radius` is the dots' radius and `zoom` the view's, both from the far layer: the mark stays a few pixels wide on screen. */
export function FarPins({ radius, zoom }: { radius: number; zoom: number }) {
  const actors = useDocumentStore((s) => s.actors);
  const nodes = useFlowStore((s) => s.nodes);
  const pins = useMemo(() => nodes.filter((n) => actors.get(n.id as ActorId)?.pinned), [nodes, actors]);
  if (pins.length === 0) return null;
  const r = Math.max(radius * 0.45, 3.5 / zoom);
  return (
    <svg className="far-overlay" aria-hidden="true" width="1" height="1">
      {pins.map((n) => (
        <circle key={n.id} className="far-pin" cx={n.position.x - radius} cy={n.position.y - radius} r={r} />
      ))}
    </svg>
  );
}
