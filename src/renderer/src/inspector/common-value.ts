// The value several records share, or MIXED when they differ (what a drop-down shows for a mixed selection).
import { MIXED } from '../forms/SelectField';

export function commonValue<T>(items: readonly T[], get: (item: T) => string): string {
  const first = items[0];
  if (first === undefined) return MIXED;
  const value = get(first);
  return items.every((item) => get(item) === value) ? value : MIXED;
}

/** The records of `ids` that the document still holds (a selection can outlive a delete by a moment). */
export function present<Id, T>(ids: readonly Id[], records: ReadonlyMap<Id, T>): T[] {
  return ids.flatMap((id) => {
    const record = records.get(id);
    return record ? [record] : [];
  });
}
