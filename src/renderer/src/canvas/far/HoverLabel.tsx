// The name of the dot under the pointer, drawn at a readable size whatever the zoom.
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Point } from '../../../../shared/geometry-types';

const zoomOf = (s: ReactFlowState) => s.transform[2];

export function HoverLabel({ name, at, lift }: { name: string; at: Point; lift: number }) {
  const zoom = useStore(zoomOf);
  return (
    <div
      className="far-label"
      style={{ left: at.x, top: at.y - lift, transform: `translate(-50%, -100%) scale(${1 / zoom})` }}
    >
      {name || 'Unnamed actor'}
    </div>
  );
}
