// Custom fields the facilitator defines per map: add, edit (name, type, choices), delete (with every actor's value).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { CustomField, CustomFieldId, CustomFieldType, CustomValues, EditResult, Tie } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { recordSet, type MapStore } from '../store';
import { carryValues } from './custom-field-values';
import { quotedName } from './labels';
import { requireEntry } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit } from './run-edit';
import { nextSortOrder, requireFreeName, updateLabel } from './taxonomy-entries';

/** "the tie from “A” to “B”", for a message about one tie's value. */
function tieWords(store: MapStore, tie: Tie): string {
  const name = (id: Tie['fromId']) => quotedName(store.actorsByIds([id])[0]?.name ?? 'an actor no longer on the map');
  return `the tie from ${name(tie.fromId)} to ${name(tie.toId)}`;
}

/** Only a choice field has choices, and it needs at least one to be any use. */
function checkOptions(type: CustomFieldType, options: readonly string[]): string[] {
  if (type === 'choice' && options.length === 0) {
    throw new CaremapError('invalid-input', 'A choice field needs at least one choice.', { field: 'options' });
  }
  if (type !== 'choice' && options.length > 0) {
    throw new CaremapError('invalid-input', 'Only a choice field has choices; leave them out for this type.', {
      field: 'options',
    });
  }
  return [...options];
}

export function createCustomField(store: MapStore, input: Input<'customFields.create'>): EditResult {
  return runEdit(store, () => {
    requireFreeName(store, 'customFields', input.name);
    const field: CustomField = {
      id: randomUUID() as CustomFieldId,
      name: input.name,
      type: input.type,
      options: checkOptions(input.type, input.options ?? []),
      sortOrder: nextSortOrder(store, 'customFields'),
      safe: input.safe ?? false,
      appliesTo: input.appliesTo ?? 'actor',
    };
    return {
      label: `Add field ${quotedName(field.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ customFields: [field] }) },
    };
  });
}

/** Old name (any capitals) → new name; each new name must be one of the field's choices after the edit. */
function choiceRenames(renamed: Record<string, string> | undefined, options: readonly string[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [from, to] of Object.entries(renamed ?? {})) {
    const target = options.find((o) => o.toLocaleLowerCase() === to.toLocaleLowerCase());
    if (target === undefined) {
      throw new CaremapError(
        'invalid-input',
        `“${to}” is not one of the field’s choices, so no choice can be renamed to it.`,
        { field: 'renamedOptions' },
      );
    }
    renames.set(from.trim().toLocaleLowerCase(), target);
  }
  return renames;
}

export function updateCustomField(store: MapStore, input: Input<'customFields.update'>): EditResult {
  return runEdit(store, () => {
    const field = requireEntry(store, 'customFields', input.id);
    if (input.name !== undefined) requireFreeName(store, 'customFields', input.name, field.id);
    const type = input.type ?? field.type;
    const keptOptions = type === 'choice' && field.type === 'choice' ? field.options : [];
    const updated: CustomField = {
      ...field,
      name: input.name ?? field.name,
      type,
      options: checkOptions(type, input.options ?? keptOptions),
      safe: input.safe ?? field.safe,
    };
    const valuesChange = input.type !== undefined || input.options !== undefined || input.renamedOptions !== undefined;
    const actors = valuesChange ? store.actorsWithField(field.id) : [];
    const ties = valuesChange ? store.tiesWithField(field.id) : [];
    const renames = choiceRenames(input.renamedOptions, updated.options);
    const carried = carryValues(actors, field, updated, renames);
    const carriedTies = carryValues(ties, field, updated, renames, (tie) => tieWords(store, tie));
    return {
      label: updateLabel('customFields', field.name, updated.name),
      patch: {
        before: recordSet({ customFields: [field], actors, ties }),
        after: recordSet({ customFields: [updated], actors: carried, ties: carriedTies }),
      },
    };
  });
}

/** The actors' values are part of the step, so undo gives each of them back. */
export function deleteCustomField(store: MapStore, input: Input<'customFields.delete'>): EditResult {
  return runEdit(store, () => {
    const field = requireEntry(store, 'customFields', input.id);
    const actors = store.actorsWithField(field.id);
    const ties = store.tiesWithField(field.id);
    const withoutValue = <R extends { customValues: CustomValues }>(r: R): R => {
      const customValues = { ...r.customValues };
      delete customValues[field.id];
      return { ...r, customValues };
    };
    return {
      label: `Delete field ${quotedName(field.name)}`,
      patch: {
        before: recordSet({ customFields: [field], actors, ties }),
        after: recordSet({ actors: actors.map(withoutValue), ties: ties.map(withoutValue) }),
      },
    };
  });
}
