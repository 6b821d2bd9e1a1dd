// One of the map's own fields on one actor, as the input its type needs: text, number, yes/no, a choice, or a date.
import { memo } from 'react';
import type { CustomField, CustomFieldValue } from '../../../shared/domain';
import { formatCustomValue } from '../../../shared/custom-values';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

const NOT_RECORDED = { value: '', label: 'Not recorded' };
const YES_NO = [NOT_RECORDED, { value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

interface Props {
  field: CustomField;
  value: CustomFieldValue | undefined;
  /** null clears the field; text is sent as typed and checked against the field's type by the server. */
  onCommit(value: CustomFieldValue | null): Promise<void>;
}

function CustomFieldInputComponent({ field, value, onCommit }: Props) {
  const text = value === undefined ? '' : formatCustomValue(value);
  const fromText = (typed: string) => onCommit(typed.trim() === '' ? null : typed);
  switch (field.type) {
    case 'text':
      return <TextField label={field.name} value={text} maxLength={2000} onCommit={fromText} />;
    case 'number':
      return (
        <TextField
          label={field.name}
          value={text}
          inputMode="decimal"
          help="A number, e.g. 12 or 3.5."
          onCommit={fromText}
        />
      );
    case 'date':
      return <TextField label={field.name} type="date" value={text} onCommit={fromText} />;
    case 'boolean':
      return (
        <SelectField
          label={field.name}
          value={text}
          choices={YES_NO}
          onCommit={(v) => onCommit(v === '' ? null : v === 'yes')}
        />
      );
    case 'choice':
      return (
        <SelectField
          label={field.name}
          value={text}
          choices={[NOT_RECORDED, ...field.options.map((o) => ({ value: o, label: o }))]}
          onCommit={(v) => onCommit(v === '' ? null : v)}
        />
      );
  }
}

export const CustomFieldInput = memo(CustomFieldInputComponent);
