// In "hide" mode, filtered-out actors and ties become hidden copies, so React Flow neither draws nor focuses them.
// Copies are cached per element, so changing the filter re-creates only the copies it needs.
import type { ActorFlowNode, TieFlowEdge } from '../state/flow-types';

const nodeCopies = new WeakMap<ActorFlowNode, ActorFlowNode>();
const edgeCopies = new WeakMap<TieFlowEdge, TieFlowEdge>();

function hiddenCopy<T extends object>(cache: WeakMap<T, T>, element: T): T {
  let copy = cache.get(element);
  if (!copy) {
    copy = { ...element, hidden: true };
    cache.set(element, copy);
  }
  return copy;
}

export function hideNodesOutside(nodes: readonly ActorFlowNode[], shown: ReadonlySet<string>): ActorFlowNode[] {
  return nodes.map((n) => (shown.has(n.id) ? n : hiddenCopy(nodeCopies, n)));
}

export function hideEdgesOutside(edges: readonly TieFlowEdge[], shown: ReadonlySet<string>): TieFlowEdge[] {
  return edges.map((e) => (shown.has(e.id) ? e : hiddenCopy(edgeCopies, e)));
}
