// Checks a value against the custom field it is for, turning what a person typed into the field's type, or saying why not.
import type { CustomField, CustomFieldValue } from './domain';
import { isIsoDate } from './dates';
import { quoted } from './wording';

/** null: the field is left empty (an empty text box clears it). */
export type CheckedValue = { ok: true; value: CustomFieldValue | null } | { ok: false; message: string };

export const LONGEST_TEXT_VALUE = 2000;

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/** How a value reads to a person (yes/no for booleans); also what search and type changes see. */
export function formatCustomValue(value: CustomFieldValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function refuse(field: CustomField, what: string, raw: CustomFieldValue, why: string): CheckedValue {
  return { ok: false, message: `${quoted(field.name)} is ${what} field; ${quoted(formatCustomValue(raw))} ${why}` };
}

/**
 * Accepts what a form or a spreadsheet cell would send: a number field takes 12 or "12", a yes/no field true or "yes",
 * a choice field any capitalisation of one of its choices (stored with the choice's own spelling).
 */
export function checkCustomValue(field: CustomField, raw: CustomFieldValue): CheckedValue {
  const text = typeof raw === 'string' ? raw.trim() : null;
  if (text === '') return { ok: true, value: null };
  switch (field.type) {
    case 'text': {
      const value = text ?? formatCustomValue(raw);
      if (value.length > LONGEST_TEXT_VALUE) {
        return {
          ok: false,
          message: `${quoted(field.name)} can hold at most ${LONGEST_TEXT_VALUE.toLocaleString('en-GB')} characters.`,
        };
      }
      return { ok: true, value };
    }
    case 'number': {
      const value = typeof raw === 'number' ? raw : text === null ? Number.NaN : Number(text);
      return Number.isFinite(value) ? { ok: true, value } : refuse(field, 'a number', raw, 'is not a number.');
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const lower = (text ?? '').toLowerCase();
      if (YES.has(lower)) return { ok: true, value: true };
      if (NO.has(lower)) return { ok: true, value: false };
      return refuse(field, 'a yes/no', raw, 'is neither yes nor no.');
    }
    case 'date':
      return text !== null && isIsoDate(text)
        ? { ok: true, value: text }
        : refuse(field, 'a date', raw, 'is not a real date (write it as YYYY-MM-DD, e.g. 2025-03-14).');
    case 'choice': {
      const lower = (text ?? formatCustomValue(raw)).toLowerCase();
      const option = field.options.find((o) => o.toLowerCase() === lower);
      if (option !== undefined) return { ok: true, value: option };
      return refuse(field, 'a choice', raw, `is not one of its choices (${field.options.join(', ')}).`);
    }
  }
}
