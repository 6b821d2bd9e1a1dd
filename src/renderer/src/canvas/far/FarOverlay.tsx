// Over the zoomed-out canvas: what moves or is chosen — dragged dots and their ties, selection rings, the
// selection box and the name of the dot under the pointer. Small, so it can redraw every frame.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { useFlowStore } from '../../state/flow-store';
import { trimmedSegment } from '../../state/node-geometry';
import type { Point } from '../../../../shared/geometry-types';
import { useFarStore } from './far-store';
import { HoverLabel } from './HoverLabel';
import { shapePath } from '../../../../shared/render/shape-path';

export function FarOverlay({ radius }: { radius: number }) {
  const kinds = useDocumentStore((s) => s.kindsById);
  const { nodes, edges, draggingIds } = useFlowStore(
    useShallow((s) => ({ nodes: s.nodes, edges: s.edges, draggingIds: s.draggingIds })),
  );
  const { dragOffset, box, hoverId } = useFarStore(
    useShallow((s) => ({ dragOffset: s.dragOffset, box: s.box, hoverId: s.hoverId })),
  );
  const selected = useMemo(() => nodes.filter((n) => n.selected), [nodes]);
  const dragged = useMemo(() => (draggingIds ? nodes.filter((n) => draggingIds.has(n.id)) : []), [nodes, draggingIds]);
  const movingTies = useMemo(
    () => (draggingIds ? edges.filter((e) => draggingIds.has(e.source) || draggingIds.has(e.target)) : []),
    [edges, draggingIds],
  );
  const positions = useMemo(() => new Map(nodes.map((n) => [n.id, n.position])), [nodes]);
  const at = (id: string): Point | undefined => {
    const p = positions.get(id);
    return p && dragOffset && draggingIds?.has(id) ? { x: p.x + dragOffset.x, y: p.y + dragOffset.y } : p;
  };
  const hovered = hoverId && !draggingIds ? nodes.find((n) => n.id === hoverId) : undefined;

  return (
    <>
      <svg className="far-overlay" aria-hidden="true" width="1" height="1">
        {movingTies.map((edge) => {
          const from = at(edge.source);
          const to = at(edge.target);
          const segment = from && to ? trimmedSegment(from, to, radius) : null;
          return segment ? (
            <line
              key={edge.id}
              x1={segment[0].x}
              y1={segment[0].y}
              x2={segment[1].x}
              y2={segment[1].y}
              stroke={edge.data?.colour}
            />
          ) : null;
        })}
        {dragged.map((n) => {
          const p = at(n.id)!;
          const kind = kinds.get(n.data.kindId);
          return (
            <path
              key={n.id}
              className="far-overlay__dot"
              d={shapePath(kind?.shape ?? 'circle', p.x, p.y, radius)}
              fill={kind?.colour ?? '#8a94a3'}
            />
          );
        })}
        {selected.map((n) => {
          const p = at(n.id)!;
          return <circle key={n.id} className="far-overlay__ring" cx={p.x} cy={p.y} r={radius * 1.7} />;
        })}
        {hovered && (
          <circle className="far-overlay__hover" cx={hovered.position.x} cy={hovered.position.y} r={radius * 1.7} />
        )}
        {box && (
          <rect
            className="far-overlay__box"
            x={Math.min(box.from.x, box.to.x)}
            y={Math.min(box.from.y, box.to.y)}
            width={Math.abs(box.to.x - box.from.x)}
            height={Math.abs(box.to.y - box.from.y)}
          />
        )}
      </svg>
      {hovered && <HoverLabel name={hovered.data.name} at={hovered.position} lift={radius * 1.8} />}
    </>
  );
}
