// React Flow's event handlers, at module level: a new function each render would be copied into React Flow's
// store and wake every node's selector on every drag frame.
import type { Connection, NodeChange, OnNodeDrag } from '@xyflow/react';
import type { ActorId } from '../../../shared/domain';
import { moveActors } from '../state/edits';
import { drawTie } from './draw-tie';
import { onNodesChange, setDragging } from '../state/flow-store';
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';
import { startRenaming, useSessionStore } from '../state/session-store';
import { trackKeyboardMoves } from './keyboard-moves';

export const handleNodesChange = (changes: NodeChange<ActorFlowNode>[]) => {
  onNodesChange(changes);
  trackKeyboardMoves(changes);
};

export const startConnecting = () => useSessionStore.setState({ connecting: true });
export const stopConnecting = () => useSessionStore.setState({ connecting: false });
export const onConnect = (c: Connection) => void drawTie(c.source as ActorId, c.target as ActorId);
export const isValidConnection = (c: Connection | TieFlowEdge) => c.source !== c.target;

/** During a drag only local positions change; the whole drag is saved as one move when it ends. */
export const onDragStart: OnNodeDrag<ActorFlowNode> = (_event, _node, nodes) => setDragging(nodes.map((n) => n.id));
export const onDragStop: OnNodeDrag<ActorFlowNode> = (_event, _node, nodes) => {
  setDragging(null);
  void moveActors(nodes.map((n) => ({ id: n.id as ActorId, x: n.position.x, y: n.position.y })));
};

/**
 * Only pointer pans raise the GestureShield; a wheel zoom must keep reaching the pane. It goes up at the first
 * movement, not at the press: a click on empty map (which clears the selection) must still land on the pane.
 */
let pointerPressed = false;
export const onMoveStart = (event: MouseEvent | TouchEvent | null) => {
  pointerPressed = Boolean(event && (event.type === 'mousedown' || event.type === 'touchstart'));
};
export const onMove = (event: MouseEvent | TouchEvent | null) => {
  if (pointerPressed && event && !useSessionStore.getState().panning) useSessionStore.setState({ panning: true });
};
export const onMoveEnd = () => {
  pointerPressed = false;
  if (useSessionStore.getState().panning) useSessionStore.setState({ panning: false });
};

export const onNodeDoubleClick = (_event: unknown, node: ActorFlowNode) => startRenaming(node.id as ActorId);
