// Adds one actor of a kind at a point (a palette drop, the quick-add, a workshop session).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { Actor, ActorId, EditResult } from '../../shared/domain';
import { blankActorDetails } from '../../shared/record-defaults';
import { recordSet, type MapStore } from '../store';
import { quotedName } from './labels';
import { requireKind } from './lookups';
import { NO_RECORDS } from './patch';
import { newProvenance } from './provenance';
import { runEdit } from './run-edit';

/** A dropped actor has no name yet; it gets this one rather than an invisible empty label. */
export const DEFAULT_ACTOR_NAME = 'New actor';

/** The merge key of an actor's creation: naming it straight after joins that step (see rename-actor). */
export const addedKey = (id: ActorId) => `add:${id}`;

export function createActor(store: MapStore, input: Input<'actors.create'>): EditResult {
  return runEdit(store, () => {
    const kind = requireKind(store, input.kindId);
    const actor: Actor = {
      id: randomUUID() as ActorId,
      name: input.name || DEFAULT_ACTOR_NAME,
      kindId: kind.id,
      x: input.x,
      y: input.y,
      ...blankActorDetails(newProvenance(input.provenance)),
    };
    return {
      label: `Add ${quotedName(actor.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ actors: [actor] }) },
      mergeKey: addedKey(actor.id),
    };
  });
}
