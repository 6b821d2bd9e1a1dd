// The map itself: React Flow wired to the stores, switching to the far layer when a big map is zoomed out.
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { Background, ConnectionMode, ControlButton, Controls, ReactFlow } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { deselectTies, onEdgesChange, useFlowStore } from '../state/flow-store';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { requestFitView, useSessionStore } from '../state/session-store';
import { ActorNode } from './ActorNode';
import { ARIA_LABELS } from './aria-labels';
import { EmptyMapHint } from './EmptyMapHint';
import { FarLayer } from './far/FarLayer';
import { useFarStore } from './far/far-store';
import { useFarPointer } from './far/use-far-pointer';
import { hideEdgesOutside, hideNodesOutside } from './hide-filtered';
import { useLabelsHidden } from './labels';
import { useNamePlacement } from './names/use-name-placement';
import { actorBounds, MAX_ZOOM, minZoomFor } from './fit';
import { FitIcon } from './FitIcon';
import * as on from './flow-handlers';
import { NODE_ORIGIN } from '../state/node-geometry';
import { GestureShield } from './GestureShield';
import { Legend } from './Legend';
import { useIsBigMap, useIsFar, useShowGrid } from './lod';
import { Overview } from './Overview';
import { ScreenTieLayer } from './ties/ScreenTieLayer';
import { useTiePicking } from './ties/use-tie-picking';
import { TieEdge } from './TieEdge';
import { useInitialViewport } from './use-initial-viewport';
import { useFreeAreaFit } from './use-free-area-fit';
import { useVisibleStore } from '../state/visible-ids';
import { MapToolbar } from '../view/MapToolbar';
import { ChoiceLegend } from '../view/ChoiceLegend';
import { CommunityLegend } from '../view/CommunityLegend';
import { usePaletteDrop } from './use-palette-drop';
import { useRevealEditing } from './use-reveal-editing';
import { useRegisterViewBounds } from '../export/view-bounds';
import { HistoryBanner } from '../history/HistoryBanner';
import { useHistoryStore } from '../state/history-store';
import { LayoutBar } from '../layout/LayoutBar';
import { LayoutGuidesLayer } from '../layout/LayoutGuidesLayer';
import { useWorkshopStore } from '../workshop/workshop-store';
import { GRID_SIZE, useLayoutStore } from '../layout/layout-store';
import * as menu from '../context-menu/open-menu';
import { useRegisterPastePoint } from './paste-point';
import { useTieTabOrder } from './tie-tab-order';

const nodeTypes = { actor: ActorNode };
const edgeTypes = { tie: TieEdge };
const NO_EDGES: TieFlowEdge[] = [];
// Zoomed out, React Flow holds no actors: the far layer draws them and fitting reads the flow store, so a selection
// change or a drag does not make React Flow take in 20,000 nodes again.
const NO_NODES: ActorFlowNode[] = [];
const SNAP_GRID: [number, number] = [GRID_SIZE, GRID_SIZE];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const CONNECTION_LINE_STYLE = { stroke: '#1f5fbf', strokeWidth: 2.5 };

export function MapCanvas() {
  const { nodes, edges } = useFlowStore(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })));
  const connecting = useSessionStore((s) => s.connecting);
  // A map too wide for the usual least zoom may zoom out further, so Fit shows all of it.
  const minZoom = useMemo(() => minZoomFor(actorBounds(nodes)), [nodes]);
  const far = useIsFar();
  const big = useIsBigMap();
  const overDot = useFarStore((s) => s.hoverId !== null);
  const grid = useShowGrid();
  const snapToGrid = useLayoutStore((s) => s.snapToGrid);
  // Workshop mode hides search and filter: their answers can quote personal fields.
  const workshop = useWorkshopStore((s) => s.on);
  const drop = usePaletteDrop();
  const container = useRef<HTMLDivElement>(null);
  const viewport = useInitialViewport(container);
  // Zoomed out on a big map React Flow renders no actor elements: FarLayer draws them, useFarPointer handles them.
  // In "hide" mode filtered-out actors and ties are hidden elements (see state/visible-ids).
  const hiding = useVisibleStore((s) => (s.hideFilteredOut ? s.filtered : null));
  const labelsHidden = useLabelsHidden();
  // The labelling policy: names' size for this zoom (never under the minimum on screen) and which give way.
  // Not before the first fit: at the store's default zoom of 1 a big map is not yet "far", and placing 20,000 names
  // that will never show cost 0.2 s of the first render.
  const nameSize = useNamePlacement(!labelsHidden && !far && viewport !== null);
  // Showing a snapshot or a comparison: nothing on the canvas can be moved or tied (edits.ts refuses the rest).
  const readOnly = useHistoryStore((s) => s.view !== null);
  const shownNodes = useMemo(
    () => (far ? NO_NODES : hiding ? hideNodesOutside(nodes, hiding.actorIds) : nodes),
    [far, nodes, hiding],
  );
  // Up close on a big map ScreenTieLayer draws the ties; React Flow gets only the selected ones.
  const shownEdges = useMemo(() => {
    const drawn = far ? NO_EDGES : big ? edges.filter((e) => e.selected) : edges;
    return hiding && drawn.length > 0 ? hideEdgesOutside(drawn, hiding.tieIds) : drawn;
  }, [far, big, edges, hiding]);
  useFarPointer(container, far);
  useTiePicking(container, big && !far);
  useRevealEditing(far);
  useRegisterViewBounds();
  useRegisterPastePoint(container);
  useTieTabOrder(container);

  // Each map mounts its own canvas already fitted; later requests (Fit map, a layout, an import) and panels opening
  // or closing beside it fit it to the free area again.
  useFreeAreaFit(container, viewport !== null);
  // Far away, ties are pixels on a canvas: they cannot stay selected unseen.
  useEffect(() => {
    if (far) deselectTies();
  }, [far]);

  const className = `map-canvas${connecting ? ' is-connecting' : ''}${far ? ' is-far' : ''}${far && overDot ? ' is-over-actor' : ''}${labelsHidden ? ' is-label-free' : ''}`;
  return (
    <div
      ref={container}
      className={className}
      style={{ '--name-size': `${nameSize}px` } as CSSProperties}
      onDragOver={drop.onDragOver}
      onDrop={drop.onDrop}
    >
      {viewport && (
        <ReactFlow<ActorFlowNode, TieFlowEdge>
          defaultViewport={viewport}
          nodes={shownNodes}
          edges={shownEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodeOrigin={NODE_ORIGIN}
          onNodesChange={on.handleNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={on.onConnect}
          onConnectStart={on.startConnecting}
          onConnectEnd={on.stopConnecting}
          isValidConnection={on.isValidConnection}
          onNodeDragStart={on.onDragStart}
          onNodeDragStop={on.onDragStop}
          onNodeDoubleClick={on.onNodeDoubleClick}
          onNodeContextMenu={menu.onNodeContextMenu}
          onEdgeContextMenu={menu.onEdgeContextMenu}
          onSelectionContextMenu={menu.onSelectionContextMenu}
          onPaneContextMenu={menu.onPaneContextMenu}
          onMoveStart={on.onMoveStart}
          onMove={on.onMove}
          onMoveEnd={on.onMoveEnd}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={36}
          connectionLineStyle={CONNECTION_LINE_STYLE}
          onlyRenderVisibleElements
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapToGrid={snapToGrid}
          snapGrid={SNAP_GRID}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          zoomOnDoubleClick={false}
          minZoom={minZoom}
          maxZoom={MAX_ZOOM}
          ariaLabelConfig={ARIA_LABELS}
        >
          {grid && <Background gap={GRID_SIZE} size={1.6} color="#c5ccd6" />}
          <LayoutGuidesLayer />
          {far && <FarLayer />}
          {big && !far && <ScreenTieLayer />}
          <Controls showInteractive={false} showFitView={false} position="bottom-left">
            <ControlButton
              onClick={requestFitView}
              aria-label="Fit the whole map in view"
              title="Fit the whole map in view"
            >
              <FitIcon />
            </ControlButton>
          </Controls>
          {nodes.length > 0 && <Overview />}
          <Legend />
          <ChoiceLegend />
          <CommunityLegend />
          {!workshop && <MapToolbar />}
          <LayoutBar />
          <EmptyMapHint />
          <HistoryBanner />
          <GestureShield />
        </ReactFlow>
      )}
    </div>
  );
}
