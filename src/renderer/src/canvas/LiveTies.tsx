// While actors are dragged zoomed out: just their ties, as a small SVG that follows them every frame.
import { useMemo } from 'react';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { DOT_RADIUS } from './draw-ties';
import { trimmedSegment, type Point } from './geometry';

interface Props {
  nodes: readonly ActorFlowNode[];
  edges: readonly TieFlowEdge[];
  draggingIds: ReadonlySet<string>;
}

export function LiveTies({ nodes, edges, draggingIds }: Props) {
  const moving = useMemo(
    () => edges.filter((e) => draggingIds.has(e.source) || draggingIds.has(e.target)),
    [edges, draggingIds],
  );
  const ends = useMemo(() => new Set(moving.flatMap((e) => [e.source, e.target])), [moving]);
  const positions = new Map<string, Point>();
  for (const node of nodes) if (ends.has(node.id)) positions.set(node.id, node.position);

  return (
    <svg className="tie-layer tie-layer--live" aria-hidden="true" width="1" height="1">
      {moving.map((edge) => {
        const from = positions.get(edge.source);
        const to = positions.get(edge.target);
        const segment = from && to ? trimmedSegment(from, to, DOT_RADIUS) : null;
        if (!segment) return null;
        const [a, b] = segment;
        return <line key={edge.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={edge.data?.colour} />;
      })}
    </svg>
  );
}
