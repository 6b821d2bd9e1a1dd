// Deletes actors and ties in one step; an actor's ties go with it, and come back with it on undo.
import type { Input } from '../../shared/api';
import type { EditResult, Tie } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { deleteLabel } from './labels';
import { requireActors, requireTies } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit } from './run-edit';

export function deleteElements(store: MapStore, input: Input<'elements.delete'>): EditResult {
  return runEdit(store, () => {
    const actors = requireActors(store, input.actorIds);
    const ties = new Map<string, Tie>();
    for (const tie of requireTies(store, input.tieIds)) ties.set(tie.id, tie);
    for (const tie of store.tiesTouching(actors.map((a) => a.id))) ties.set(tie.id, tie);
    return {
      label: deleteLabel(
        actors.map((a) => a.name),
        ties.size,
      ),
      patch: { before: recordSet({ actors, ties: [...ties.values()] }), after: NO_RECORDS },
    };
  });
}
