// Turns one custom field condition of a filter into a test on a value (undefined when the actor has none).
import type { CustomFieldValue } from './domain';
import type { FieldCondition } from './field-condition';
import { formatCustomValue } from './custom-values';
import { fold } from './text-fold';

type ValueTest = (value: CustomFieldValue | undefined) => boolean;

/** Text compares folded (capitals and accents ignored); numbers, yes/no and dates compare as they are. */
function same(a: CustomFieldValue, b: CustomFieldValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return fold(a) === fold(b);
  return a === b;
}

/** Numbers compare as numbers and ISO dates as strings (YYYY-MM-DD sorts as it reads); a mix never matches. */
function within(value: CustomFieldValue, min: number | string | undefined, max: number | string | undefined): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  const comparable = (bound: number | string | undefined) => bound === undefined || typeof bound === typeof value;
  if (!comparable(min) || !comparable(max)) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

export function fieldConditionTest(condition: FieldCondition): ValueTest {
  switch (condition.op) {
    case 'is-set':
      return (v) => v !== undefined;
    case 'is-empty':
      return (v) => v === undefined;
    case 'equals':
      return (v) => v !== undefined && same(v, condition.value);
    case 'contains': {
      const wanted = fold(condition.text);
      return (v) => v !== undefined && fold(formatCustomValue(v)).includes(wanted);
    }
    case 'one-of':
      return (v) => v !== undefined && condition.values.some((w) => same(v, w));
    case 'range':
      return (v) => v !== undefined && within(v, condition.min, condition.max);
  }
}
