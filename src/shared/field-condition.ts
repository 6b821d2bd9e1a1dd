// The shape of a condition on one custom field, apart from filter.ts so the filter and its field tests share it.
import type { CustomFieldId, CustomFieldValue, IsoDate } from './domain';

/** A condition on one custom field's value; text comparisons are case- and accent-insensitive. */
export type FieldCondition =
  | { fieldId: CustomFieldId; op: 'is-set' | 'is-empty' }
  | { fieldId: CustomFieldId; op: 'equals'; value: CustomFieldValue }
  | { fieldId: CustomFieldId; op: 'contains'; text: string }
  | { fieldId: CustomFieldId; op: 'one-of'; values: readonly CustomFieldValue[] }
  /** Inclusive; numbers for a number field, YYYY-MM-DD dates for a date field. Either end may be left open. */
  | { fieldId: CustomFieldId; op: 'range'; min?: number | IsoDate; max?: number | IsoDate };
