// Plain React Flow (the library Caremap's canvas is built on) with default nodes and edges: what Caremap adds is measured
// against it.
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import type { PeerWindow } from './peer-graph';

const w = window as unknown as Window & PeerWindow;
const { actors, ties } = w.__peerGraph;
const initialNodes: Node[] = actors.map((a) => ({
  id: a.id,
  position: { x: a.x, y: a.y },
  data: { label: a.name },
  style: { borderColor: a.colour },
}));
const initialEdges: Edge[] = ties.map((t) => ({ id: t.id, source: t.from, target: t.to }));

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  const flow = useReactFlow();
  useEffect(() => {
    w.__peerActorOnScreen = (id) => {
      const node = flow.getInternalNode(id)!;
      const p = flow.flowToScreenPosition({
        x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
        y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2,
      });
      return p;
    };
  }, [flow]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.001}
      onInit={(instance) => {
        // Ready once every node is drawn and the view fitted to them (as Caremap's first render includes its fit).
        const check = (): void => {
          if (document.querySelectorAll('.react-flow__node').length < actors.length) {
            requestAnimationFrame(check);
            return;
          }
          void instance.fitView().then(() => requestAnimationFrame(() => (w.__peerReadyAt = performance.now())));
        };
        requestAnimationFrame(check);
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Flow />
  </ReactFlowProvider>,
);
