// The filter's condition on one custom field: contains or equals for text and choice, a range for number and
// date, yes or no for a yes/no field. Empty inputs mean no condition.
import { memo } from 'react';
import type { CustomField } from '../../../shared/domain';
import type { FieldCondition } from '../../../shared/filter';
import { useViewStore } from '../state/view-store';
import { setFieldCondition } from './filter-edits';

function RangeInputs({ field, condition }: { field: CustomField; condition: FieldCondition | undefined }) {
  const range = condition?.op === 'range' ? condition : undefined;
  const type = field.type === 'date' ? 'date' : 'number';
  const parse = (raw: string) => (raw === '' ? undefined : type === 'number' ? Number(raw) : raw);
  const update = (min: number | string | undefined, max: number | string | undefined) =>
    setFieldCondition(
      field.id,
      min === undefined && max === undefined ? null : { fieldId: field.id, op: 'range', min, max },
    );
  return (
    <span className="filter-panel__range">
      <input
        type={type}
        aria-label={`${field.name} from`}
        value={range?.min ?? ''}
        onChange={(e) => update(parse(e.target.value), range?.max)}
      />
      <span aria-hidden="true">to</span>
      <input
        type={type}
        aria-label={`${field.name} to`}
        value={range?.max ?? ''}
        onChange={(e) => update(range?.min, parse(e.target.value))}
      />
    </span>
  );
}

function TextCondition({ field, condition }: { field: CustomField; condition: FieldCondition | undefined }) {
  const op = condition?.op === 'equals' ? 'equals' : 'contains';
  const text =
    condition?.op === 'equals' ? String(condition.value) : condition?.op === 'contains' ? condition.text : '';
  const update = (nextOp: 'equals' | 'contains', value: string) =>
    setFieldCondition(
      field.id,
      value === ''
        ? null
        : nextOp === 'equals'
          ? { fieldId: field.id, op: 'equals', value }
          : { fieldId: field.id, op: 'contains', text: value },
    );
  return (
    <span className="filter-panel__text">
      <select
        aria-label={`How ${field.name} matches`}
        value={op}
        onChange={(e) => update(e.target.value as 'equals' | 'contains', text)}
      >
        <option value="contains">contains</option>
        <option value="equals">is</option>
      </select>
      {field.type === 'choice' && op === 'equals' ? (
        <select aria-label={field.name} value={text} onChange={(e) => update(op, e.target.value)}>
          <option value="">Any</option>
          {field.options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ) : (
        <input type="text" aria-label={field.name} value={text} onChange={(e) => update(op, e.target.value)} />
      )}
    </span>
  );
}

function YesNo({ field, condition }: { field: CustomField; condition: FieldCondition | undefined }) {
  const value = condition?.op === 'equals' ? (condition.value ? 'yes' : 'no') : '';
  return (
    <select
      aria-label={field.name}
      value={value}
      onChange={(e) =>
        setFieldCondition(
          field.id,
          e.target.value === '' ? null : { fieldId: field.id, op: 'equals', value: e.target.value === 'yes' },
        )
      }
    >
      <option value="">Any</option>
      <option value="yes">Yes</option>
      <option value="no">No</option>
    </select>
  );
}

export const FieldConditionInput = memo(function FieldConditionInput({ field }: { field: CustomField }) {
  const condition = useViewStore((s) => s.filter.fields?.find((c) => c.fieldId === field.id));
  return (
    <div className="filter-panel__field">
      <span className="filter-panel__field-name">{field.name}</span>
      {field.type === 'number' || field.type === 'date' ? (
        <RangeInputs field={field} condition={condition} />
      ) : field.type === 'boolean' ? (
        <YesNo field={field} condition={condition} />
      ) : (
        <TextCondition field={field} condition={condition} />
      )}
    </div>
  );
});
