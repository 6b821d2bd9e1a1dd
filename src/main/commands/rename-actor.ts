// Gives an actor a new name.
import type { Input } from '../../shared/api';
import type { EditResult } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { recordSet, type MapStore } from '../store';
import { quotedName } from './labels';
import { requireActor } from './lookups';
import { runEdit } from './run-edit';
import { addedKey } from './create-actor';

export function renameActor(store: MapStore, input: Input<'actors.rename'>): EditResult {
  return runEdit(store, () => {
    // Clearing the name field is usually a slip; an actor with no name cannot be found or read out on the canvas.
    if (input.name === '') throw new CaremapError('invalid-input', 'An actor needs a name.', { field: 'name' });
    const actor = requireActor(store, input.id);
    return {
      label: `Rename ${quotedName(actor.name)}`,
      // Only if the add is still the newest step; otherwise (another edit came between) this is a rename of its own.
      ...(input.namingNew ? { join: { key: addedKey(actor.id), label: `Add ${quotedName(input.name)}` } } : {}),
      patch: { before: recordSet({ actors: [actor] }), after: recordSet({ actors: [{ ...actor, name: input.name }] }) },
    };
  });
}
