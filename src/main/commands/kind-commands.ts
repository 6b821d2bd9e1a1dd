// Kinds of actor: add, edit (name, colour, shape), merge one into another, delete (moving its actors elsewhere).
// Actors hold a kind's id, not its name, so a rename reaches every actor with nothing else to write.
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { Actor, EditResult, Kind, KindId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { recordSet, type MapStore } from '../store';
import { countOf, quotedName } from './labels';
import { requireEntry } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit, type PlannedEdit } from './run-edit';
import { nextSortOrder, requireFreeName, updateLabel } from './taxonomy-entries';

export function createKind(store: MapStore, input: Input<'kinds.create'>): EditResult {
  return runEdit(store, () => {
    requireFreeName(store, 'kinds', input.name);
    const kind: Kind = {
      id: randomUUID() as KindId,
      name: input.name,
      colour: input.colour,
      shape: input.shape,
      sortOrder: nextSortOrder(store, 'kinds'),
      people: input.people ?? true,
    };
    return {
      label: `Add kind ${quotedName(kind.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ kinds: [kind] }) },
    };
  });
}

export function updateKind(store: MapStore, input: Input<'kinds.update'>): EditResult {
  return runEdit(store, () => {
    const kind = requireEntry(store, 'kinds', input.id);
    if (input.name !== undefined) requireFreeName(store, 'kinds', input.name, kind.id);
    const updated: Kind = {
      ...kind,
      name: input.name ?? kind.name,
      colour: input.colour ?? kind.colour,
      shape: input.shape ?? kind.shape,
      people: input.people ?? kind.people,
    };
    return {
      label: updateLabel('kinds', kind.name, updated.name),
      patch: { before: recordSet({ kinds: [kind] }), after: recordSet({ kinds: [updated] }) },
    };
  });
}

/** Moves `from`'s actors to `into` and removes `from`: one step, so one undo brings back the kind and its actors' kind. */
function moveActorsAndRemove(store: MapStore, from: Kind, into: Kind, label: string): PlannedEdit {
  const actors = store.actorsOfKind(from.id);
  const moved: Actor[] = actors.map((a) => ({ ...a, kindId: into.id }));
  return { label, patch: { before: recordSet({ kinds: [from], actors }), after: recordSet({ actors: moved }) } };
}

export function mergeKinds(store: MapStore, input: Input<'kinds.merge'>): EditResult {
  return runEdit(store, () => {
    const from = requireEntry(store, 'kinds', input.fromId, 'fromId');
    const into = requireEntry(store, 'kinds', input.intoId, 'intoId');
    return moveActorsAndRemove(store, from, into, `Merge kind ${quotedName(from.name)} into ${quotedName(into.name)}`);
  });
}

export function deleteKind(store: MapStore, input: Input<'kinds.delete'>): EditResult {
  return runEdit(store, () => {
    const kind = requireEntry(store, 'kinds', input.id);
    // Without a kind no actor could be added (the palette would be empty).
    if (store.kinds().length === 1) {
      throw new CaremapError(
        'invalid-input',
        'A map needs at least one kind of actor, so the last one cannot be deleted.',
        { field: 'id' },
      );
    }
    const label = `Delete kind ${quotedName(kind.name)}`;
    if (input.reassignTo === undefined) {
      const inUse = store.actorsOfKind(kind.id).length;
      if (inUse > 0) {
        throw new CaremapError(
          'in-use',
          `${countOf(inUse, 'actor')} ${inUse === 1 ? 'is' : 'are'} of the kind ${quotedName(kind.name)}. Choose a kind to move ${inUse === 1 ? 'it' : 'them'} to before deleting this one.`,
          { field: 'reassignTo' },
        );
      }
      return { label, patch: { before: recordSet({ kinds: [kind] }), after: NO_RECORDS } };
    }
    if (input.reassignTo === kind.id) {
      throw new CaremapError(
        'invalid-input',
        'Choose another kind for its actors; they cannot stay in the kind being deleted.',
        { field: 'reassignTo' },
      );
    }
    const into = requireEntry(store, 'kinds', input.reassignTo, 'reassignTo');
    return moveActorsAndRemove(store, kind, into, label);
  });
}
