// Carries actors' values over when a custom field changes type or choices, or says which value cannot be carried.
import type { CustomField, CustomFieldValue, CustomValues } from '../../shared/domain';
import { checkCustomValue } from '../../shared/custom-values';
import { CaremapError } from '../../shared/errors';
import { countOf, quotedName } from './labels';

/** Old choice (any capitals) → new choice, for a renamed choice. */
export type ChoiceRenames = ReadonlyMap<string, string>;

type Carried = { ok: true; value: CustomFieldValue | null } | { ok: false; message: string };

function carry(value: CustomFieldValue, before: CustomField, after: CustomField, renames: ChoiceRenames): Carried {
  const renamed =
    before.type === 'choice' && typeof value === 'string' ? (renames.get(value.toLocaleLowerCase()) ?? value) : value;
  const checked = checkCustomValue(after, renamed);
  // A choice the facilitator removed from the list is cleared: that is what removing it means.
  if (!checked.ok && before.type === 'choice' && after.type === 'choice') return { ok: true, value: null };
  return checked;
}

/** An actor (named) or a tie (described by its ends, as the caller words it). */
type WithValues = { customValues: CustomValues; name?: string };

/**
 * Every actor's (or tie's) value of `before`, as `after` holds it; refuses if any value cannot become the new type.
 * `describe` names a record that has no name of its own (a tie).
 */
export function carryValues<R extends WithValues>(
  actors: readonly R[],
  before: CustomField,
  after: CustomField,
  renames: ChoiceRenames,
  describe: (record: R) => string = (r) => quotedName(r.name ?? ''),
): R[] {
  const failures: { actor: R; message: string }[] = [];
  const carried = actors.map((actor) => {
    const value = actor.customValues[before.id];
    if (value === undefined) return actor;
    const result = carry(value, before, after, renames);
    if (!result.ok) {
      failures.push({ actor, message: result.message });
      return actor;
    }
    const customValues = { ...actor.customValues };
    if (result.value === null) delete customValues[before.id];
    else customValues[before.id] = result.value;
    return { ...actor, customValues };
  });
  const first = failures[0];
  if (first) {
    const others =
      failures.length > 1
        ? ` and ${countOf(failures.length - 1, before.appliesTo === 'tie' ? 'other tie' : 'other actor')}`
        : '';
    throw new CaremapError(
      'invalid-input',
      `${first.message} That is the value of ${describe(first.actor)}${others}; change or clear ${failures.length > 1 ? 'them' : 'it'} first.`,
      { field: 'type' },
    );
  }
  return carried;
}
