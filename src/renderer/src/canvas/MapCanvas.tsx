// The map itself: React Flow wired to the stores, with the zoomed-out level of detail and the tie layer.
import { useCallback, useEffect } from 'react';
import { Background, ConnectionMode, ControlButton, Controls, MiniMap, ReactFlow, useReactFlow, type Connection, type FitViewOptions, type OnNodeDrag } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import type { ActorId } from '../../../shared/domain';
import { createTie, moveActors } from '../state/edits';
import { deselectTies, onEdgesChange, onNodesChange, setDragging, useFlowStore } from '../state/flow-store';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { requestFitView, startRenaming, useSessionStore } from '../state/session-store';
import { ActorNode } from './ActorNode';
import { ARIA_LABELS } from './aria-labels';
import { NODE_ORIGIN } from './geometry';
import { trackKeyboardMoves } from './keyboard-moves';
import { FarContext } from './far-context';
import { FitIcon } from './FitIcon';
import { GestureShield } from './GestureShield';
import { Legend } from './Legend';
import { useIsFar, useShowGrid } from './lod';
import { miniMapColour } from './minimap-colour';
import { TieCanvasLayer } from './TieCanvasLayer';
import { TieEdge } from './TieEdge';
import { usePaletteDrop } from './use-palette-drop';

const nodeTypes = { actor: ActorNode };
const edgeTypes = { tie: TieEdge };
const NO_EDGES: TieFlowEdge[] = [];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_OPTIONS: FitViewOptions = { padding: 0.08, maxZoom: 1.2 };
/** Fitting leaves room at the bottom for the legend (which sits between the zoom controls and the minimap). */
const fitOptions = (): FitViewOptions => {
  const legend = document.querySelector('.legend')?.getBoundingClientRect().height;
  if (!legend) return FIT_OPTIONS;
  return { ...FIT_OPTIONS, padding: { top: '28px', left: '64px', right: '28px', bottom: `${Math.round(legend + 36)}px` } };
};
const CONNECTION_LINE_STYLE = { stroke: '#1f5fbf', strokeWidth: 2.5 };

const startConnecting = () => useSessionStore.setState({ connecting: true });
const stopConnecting = () => useSessionStore.setState({ connecting: false });
const onDragStart: OnNodeDrag<ActorFlowNode> = (_event, _node, nodes) => setDragging(nodes.map((n) => n.id));
const onDragStop: OnNodeDrag<ActorFlowNode> = (_event, _node, nodes) => {
  setDragging(null);
  void moveActors(nodes.map((n) => ({ id: n.id as ActorId, x: n.position.x, y: n.position.y })));
};
/** Only pointer pans raise the shield; a wheel zoom must keep reaching the pane. */
const onMoveStart = (event: MouseEvent | TouchEvent | null) => {
  if (event && (event.type === 'mousedown' || event.type === 'touchstart')) useSessionStore.setState({ panning: true });
};
const onMoveEnd = () => {
  if (useSessionStore.getState().panning) useSessionStore.setState({ panning: false });
};
const onNodeDoubleClick = (_event: unknown, node: ActorFlowNode) => startRenaming(node.id as ActorId);
const onConnect = (c: Connection) => void createTie(c.source as ActorId, c.target as ActorId);
const isValidConnection = (c: Connection | TieFlowEdge) => c.source !== c.target;
// Every prop handed to <ReactFlow> is module-level or memoised: a new function each render would be copied
// into React Flow's store and wake every node's selector on every drag frame.

export function MapCanvas() {
  const { nodes, edges } = useFlowStore(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })));
  const connecting = useSessionStore((s) => s.connecting);
  const fitRequest = useSessionStore((s) => s.fitRequest);
  const far = useIsFar();
  const grid = useShowGrid();
  const { fitView } = useReactFlow();
  const drop = usePaletteDrop();

  useEffect(() => {
    if (fitRequest > 0) void fitView(fitOptions());
  }, [fitRequest, fitView]);
  // Far away ties are not drawn as elements, so they cannot stay selected unseen.
  useEffect(() => {
    if (far) deselectTies();
  }, [far]);

  const handleNodesChange = useCallback((changes: Parameters<typeof onNodesChange>[0]) => {
    onNodesChange(changes);
    trackKeyboardMoves(changes);
  }, []);

  return (
    <FarContext value={far}>
    <div className={`map-canvas${connecting ? ' is-connecting' : ''}${far ? ' is-far' : ''}`} onDragOver={drop.onDragOver} onDrop={drop.onDrop}>
      <ReactFlow<ActorFlowNode, TieFlowEdge>
        nodes={nodes}
        edges={far ? NO_EDGES : edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={handleNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={startConnecting}
        onConnectEnd={stopConnecting}
        isValidConnection={isValidConnection}
        onNodeDragStart={onDragStart}
        onNodeDragStop={onDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        connectionLineStyle={CONNECTION_LINE_STYLE}
        onlyRenderVisibleElements
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        minZoom={0.02}
        maxZoom={2.5}
        ariaLabelConfig={ARIA_LABELS}
      >
        {grid && <Background gap={28} size={1.6} color="#c5ccd6" />}
        {far && <TieCanvasLayer />}
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <ControlButton onClick={requestFitView} aria-label="Fit the whole map in view" title="Fit the whole map in view">
            <FitIcon />
          </ControlButton>
        </Controls>
        <MiniMap pannable zoomable position="bottom-right" nodeColor={miniMapColour} nodeStrokeWidth={0} maskColor="rgba(226, 231, 238, 0.65)" />
        <Legend />
        <GestureShield />
      </ReactFlow>
    </div>
    </FarContext>
  );
}
