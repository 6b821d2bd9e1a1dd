// Small steps on the shared filter: tick a value in a criterion, set or clear a custom field's condition.
import type { CustomFieldId } from '../../../shared/domain';
import type { FieldCondition, MapFilter } from '../../../shared/filter';
import { setFilter, useViewStore } from '../state/view-store';

export type ListKey = {
  [K in keyof MapFilter]-?: NonNullable<MapFilter[K]> extends readonly unknown[] ? K : never;
}[keyof MapFilter];

export function toggleInFilter<K extends Exclude<ListKey, 'fields'>>(
  key: K,
  value: NonNullable<MapFilter[K]>[number],
): void {
  const filter = useViewStore.getState().filter;
  const list = (filter[key] ?? []) as readonly unknown[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  setFilter({ ...filter, [key]: next });
}

/** Replaces the condition on `fieldId`; null removes it. */
export function setFieldCondition(fieldId: CustomFieldId, condition: FieldCondition | null): void {
  const filter = useViewStore.getState().filter;
  const others = (filter.fields ?? []).filter((c) => c.fieldId !== fieldId);
  setFilter({ ...filter, fields: condition ? [...others, condition] : others });
}
