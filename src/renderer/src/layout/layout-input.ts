// What a layout starts from: the actors as the canvas shows them (positions, kinds, pins) and the ties between them.
import type { ActorId } from '../../../shared/domain';
import type { LayoutActor, LayoutTie } from '../../../shared/layout';
import { useDocumentStore } from '../state/document-store';
import { useFlowStore } from '../state/flow-store';

export function layoutActors(ids?: ReadonlySet<string>): LayoutActor[] {
  const { actors } = useDocumentStore.getState();
  const result: LayoutActor[] = [];
  for (const node of useFlowStore.getState().nodes) {
    if (ids && !ids.has(node.id)) continue;
    const actor = actors.get(node.id as ActorId);
    if (actor)
      result.push({
        id: actor.id,
        x: node.position.x,
        y: node.position.y,
        kindId: actor.kindId,
        pinned: actor.pinned,
        name: actor.name,
      });
  }
  return result;
}

export function layoutTies(): LayoutTie[] {
  return [...useDocumentStore.getState().ties.values()].map((t) => ({ fromId: t.fromId, toId: t.toId }));
}

/** The map's kinds in their own order, so groups and rings read the way the legend does. */
export function kindOrder(): string[] {
  return useDocumentStore.getState().kinds.map((k) => k.id);
}
