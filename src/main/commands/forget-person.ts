// Forget this person: the actor and their ties leave the map, its undo history and every snapshot. Deliberately not
// run through runEdit: it records no undo step, since an undo step would have to keep the very records removed.
import type { Input } from '../../shared/api';
import type { EditResult } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { MapStore } from '../store';
import { currentAuthor } from './run-edit';

export function forgetPerson(store: MapStore, input: Input<'actors.forget'>): EditResult {
  const forgotten = store.forget(input.id);
  if (!forgotten) {
    throw new CaremapError('not-found', 'That actor is no longer on the map. Another window may have deleted it.', {
      field: 'id',
    });
  }
  return {
    changes: {
      actorsPut: [],
      actorsDeleted: [forgotten.actor.id],
      tiesPut: [],
      tiesDeleted: forgotten.ties.map((t) => t.id),
    },
    history: store.history.state(currentAuthor()),
  };
}
