// A drop-down of the types a custom field can have.
import type { CustomFieldType } from '../../../shared/domain';
import { CUSTOM_FIELD_TYPES } from '../../../shared/domain';
import { FIELD_TYPE_WORDS } from './words';

export function FieldTypeSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: CustomFieldType;
  onChange(type: CustomFieldType): void;
}) {
  return (
    <select
      className="entry__select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as CustomFieldType)}
    >
      {CUSTOM_FIELD_TYPES.map((type) => (
        <option key={type} value={type}>
          {FIELD_TYPE_WORDS[type]}
        </option>
      ))}
    </select>
  );
}
