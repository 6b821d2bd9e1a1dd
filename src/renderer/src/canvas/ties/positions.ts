// Actor centres by id, rebuilt only when the nodes array changes (not on every pan frame).
import type { ActorFlowNode } from '../../state/flow-types';
import type { Point } from '../../../../shared/geometry-types';

let cachedFor: readonly ActorFlowNode[] | null = null;
let cached = new Map<string, Point>();

export function positionsOf(nodes: readonly ActorFlowNode[]): ReadonlyMap<string, Point> {
  if (nodes !== cachedFor) {
    cached = new Map(nodes.map((n) => [n.id, n.position]));
    cachedFor = nodes;
  }
  return cached;
}
