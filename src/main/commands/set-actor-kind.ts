// Changes the kind of one or more actors in one step.
import type { Input } from '../../shared/api';
import type { EditResult } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { actorsLabel } from './labels';
import { requireActors, requireKind } from './lookups';
import { runEdit } from './run-edit';

export function setActorKind(store: MapStore, input: Input<'actors.setKind'>): EditResult {
  return runEdit(store, () => {
    const kind = requireKind(store, input.kindId);
    const actors = requireActors(store, input.ids);
    return {
      label: actorsLabel(
        'Change kind of',
        actors.map((a) => a.name),
      ),
      patch: {
        before: recordSet({ actors }),
        after: recordSet({ actors: actors.map((a) => ({ ...a, kindId: kind.id })) }),
      },
    };
  });
}
