// Zoomed out, React Flow keeps every actor (for fitting, selection and undo) but renders none of them:
// the far layer draws them. Copies are cached per node so an edit re-hides only the actors it touched.
import type { ActorFlowNode } from '../../state/flow-types';

const copies = new WeakMap<ActorFlowNode, ActorFlowNode>();

export function hiddenCopies(nodes: readonly ActorFlowNode[]): ActorFlowNode[] {
  return nodes.map((node) => {
    let copy = copies.get(node);
    if (!copy) {
      copy = { ...node, hidden: true };
      copies.set(node, copy);
    }
    return copy;
  });
}
