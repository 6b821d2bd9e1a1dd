// Session state for the canvas: React Flow's nodes and edges, i.e. positions mid-drag and what is selected.
import { create } from 'zustand';
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import type { ActorId, ChangeSet, Kind, KindId, TieId } from '../../../shared/domain';
import { useDocumentStore } from './document-store';
import { actorToNode, tieColour, tieToEdge } from './flow-convert';
import type { ActorFlowNode, TieFlowEdge } from './flow-types';

export interface FlowState {
  nodes: ActorFlowNode[];
  edges: TieFlowEdge[];
  /** Actors being dragged right now; null when no drag is under way. */
  draggingIds: ReadonlySet<string> | null;
}

export const useFlowStore = create<FlowState>()(() => ({ nodes: [], edges: [], draggingIds: null }));

/** Actors whose on-screen position is ahead of the saved one (arrow keys mid-burst): a change set keeps it. */
let held: ReadonlySet<string> = new Set();

export function holdPositions(ids: Iterable<string> | null): void {
  held = new Set([...held, ...(ids ?? [])]);
  if (!ids) held = new Set();
}

/** The kinds the nodes were last drawn with: a kind object that differs now was recoloured or reshaped. */
let drawnKinds: ReadonlyMap<KindId, Kind> = new Map();

function restyledKinds(now: ReadonlyMap<KindId, Kind>): Set<string> {
  const restyled = new Set<string>();
  for (const [id, kind] of drawnKinds) if (now.get(id) !== kind) restyled.add(id);
  drawnKinds = now;
  return restyled;
}

/** Rebuilds every node and edge from the document (a map was opened). */
export function rebuildFlow(): void {
  const { actors, ties, tieTypesById, kindsById } = useDocumentStore.getState();
  drawnKinds = kindsById;
  useFlowStore.setState({
    nodes: [...actors.values()].map((a) => actorToNode(a)),
    edges: [...ties.values()].map((t) => tieToEdge(t, actors, tieTypesById)),
    draggingIds: null,
  });
}

/**
 * Mirrors a ChangeSet the document store has already applied. Untouched nodes keep their object identity,
 * so React Flow re-renders only the actors that changed.
 */
export function applyChangeSetToFlow(changes: ChangeSet, selectNew: boolean): void {
  const { actors, ties, tieTypesById, kindsById } = useDocumentStore.getState();
  // Nodes of a recoloured kind become new objects, so the minimap (which reads colours per node) repaints them.
  const restyled = changes.taxonomy ? restyledKinds(kindsById) : null;
  const { nodes, edges } = useFlowStore.getState();
  const putActors = new Set<string>(changes.actorsPut.map((a) => a.id));
  const goneActors = new Set<string>(changes.actorsDeleted);
  const putTies = new Set<string>(changes.tiesPut.map((t) => t.id));
  const goneTies = new Set<string>(changes.tiesDeleted);
  const previous = new Map(nodes.map((n) => [n.id, n]));
  // A newly created actor becomes the only selection, ready to rename or tie.
  const deselect = selectNew && changes.actorsPut.some((a) => !previous.has(a.id));

  const nextNodes: ActorFlowNode[] = [];
  for (const node of nodes) {
    if (goneActors.has(node.id) || putActors.has(node.id)) continue;
    if (deselect && node.selected) nextNodes.push({ ...node, selected: false });
    else nextNodes.push(restyled?.has(node.data.kindId) ? { ...node } : node);
  }
  for (const actor of changes.actorsPut) {
    const before = previous.get(actor.id);
    const node = actorToNode(actor, before ? (before.selected ?? false) : selectNew);
    nextNodes.push(before && held.has(actor.id) ? { ...node, position: before.position } : node);
  }

  const nextEdges: TieFlowEdge[] = [];
  const wasSelected = new Set<string>();
  for (const edge of edges) {
    if (goneTies.has(edge.id) || putTies.has(edge.id)) {
      if (edge.selected) wasSelected.add(edge.id);
      continue;
    }
    // A renamed actor changes the accessible names of its ties; a recoloured tie type, their colour.
    const renamed = putActors.has(edge.source) || putActors.has(edge.target);
    const tie = renamed || changes.taxonomy ? ties.get(edge.id as TieId) : undefined;
    const stale = tie && (renamed || tieColour(tie, tieTypesById) !== edge.data?.colour);
    nextEdges.push(stale ? tieToEdge(tie, actors, tieTypesById, edge.selected) : edge);
  }
  // A tie edited in the inspector stays selected, so the inspector stays on it.
  for (const tie of changes.tiesPut) nextEdges.push(tieToEdge(tie, actors, tieTypesById, wasSelected.has(tie.id)));
  useFlowStore.setState({ nodes: nextNodes, edges: nextEdges });
}

export function onNodesChange(changes: NodeChange<ActorFlowNode>[]): void {
  // Deleting goes through the API (one undo step), never through React Flow.
  const kept = changes.filter((c) => c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace');
  if (kept.length === 0) return;
  useFlowStore.setState((s) => ({ nodes: applyNodeChanges(kept, s.nodes) }));
}

export function onEdgesChange(changes: EdgeChange<TieFlowEdge>[]): void {
  const kept = changes.filter((c) => c.type === 'select');
  if (kept.length === 0) return;
  useFlowStore.setState((s) => ({ edges: applyEdgeChanges(kept, s.edges) }));
}

export function setDragging(ids: readonly string[] | null): void {
  useFlowStore.setState({ draggingIds: ids ? new Set(ids) : null });
}

/** Puts actors back where the document says they are (a move the server refused). */
export function restorePositions(ids: readonly string[]): void {
  const { actors } = useDocumentStore.getState();
  const wanted = new Set(ids);
  useFlowStore.setState((s) => ({
    nodes: s.nodes.map((n) => {
      const actor = wanted.has(n.id) ? actors.get(n.id as ActorId) : undefined;
      return actor ? { ...n, position: { x: actor.x, y: actor.y } } : n;
    }),
  }));
}

export function selectOnly(actorIds: readonly string[]): void {
  const wanted = new Set(actorIds);
  useFlowStore.setState((s) => ({
    nodes: s.nodes.map((n) => (wanted.has(n.id) === !!n.selected ? n : { ...n, selected: wanted.has(n.id) })),
    edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  }));
}

export function deselectTies(): void {
  useFlowStore.setState((s) =>
    s.edges.some((e) => e.selected) ? { edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)) } : s,
  );
}

export function selection(): { actorIds: ActorId[]; tieIds: TieId[] } {
  const { nodes, edges } = useFlowStore.getState();
  return {
    actorIds: nodes.filter((n) => n.selected).map((n) => n.id as ActorId),
    tieIds: edges.filter((e) => e.selected).map((e) => e.id as TieId),
  };
}

export function toggleSelected(actorId: string): void {
  useFlowStore.setState((s) => ({
    nodes: s.nodes.map((n) => (n.id === actorId ? { ...n, selected: !n.selected } : n)),
  }));
}

export function addToSelection(actorIds: readonly string[]): void {
  const wanted = new Set(actorIds);
  useFlowStore.setState((s) => ({
    nodes: s.nodes.map((n) => (wanted.has(n.id) && !n.selected ? { ...n, selected: true } : n)),
  }));
}

/** Ends a zoomed-out drag: moves the actors by `offset` and clears the drag in one update (no frame shows both). */
export function commitDrag(offset: { x: number; y: number }): { id: ActorId; x: number; y: number }[] {
  const { nodes, draggingIds } = useFlowStore.getState();
  if (!draggingIds) return [];
  const moves: { id: ActorId; x: number; y: number }[] = [];
  const next = nodes.map((n) => {
    if (!draggingIds.has(n.id)) return n;
    const position = { x: n.position.x + offset.x, y: n.position.y + offset.y };
    moves.push({ id: n.id as ActorId, ...position });
    return { ...n, position };
  });
  useFlowStore.setState({ nodes: next, draggingIds: null });
  return moves;
}

/** Selects one tie; with `add`, keeps what was already selected. */
export function selectTie(tieId: string, add: boolean): void {
  useFlowStore.setState((s) => ({
    edges: s.edges.map((e) =>
      e.id === tieId ? { ...e, selected: true } : !add && e.selected ? { ...e, selected: false } : e,
    ),
    nodes: add ? s.nodes : s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
  }));
}
