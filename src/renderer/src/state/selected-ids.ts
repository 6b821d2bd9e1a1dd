// What is selected on the canvas, as stable id lists: panels re-render when the selection changes, not on every drag frame.
import type { ActorId, TieId } from '../../../shared/domain';
import { useFlowStore, type FlowState } from './flow-store';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** A selector over one of the flow store's arrays that returns the previous list while the selected ids are the same. */
function selectedIdsOf<Id extends string>(pick: (s: FlowState) => readonly { id: string; selected?: boolean }[]) {
  let lastSource: unknown = null;
  let lastIds: Id[] = [];
  return (s: FlowState): Id[] => {
    const source = pick(s);
    if (source === lastSource) return lastIds;
    lastSource = source;
    const ids = source.filter((item) => item.selected).map((item) => item.id as Id);
    if (!sameIds(ids, lastIds)) lastIds = ids;
    return lastIds;
  };
}

const selectedActorIds = selectedIdsOf<ActorId>((s) => s.nodes);
const selectedTieIds = selectedIdsOf<TieId>((s) => s.edges);

export function useSelectedActorIds(): ActorId[] {
  return useFlowStore(selectedActorIds);
}

export function useSelectedTieIds(): TieId[] {
  return useFlowStore(selectedTieIds);
}
