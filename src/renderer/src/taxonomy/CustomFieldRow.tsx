// One custom field in the editor: name, type (values are converted, or the change refused), choices, delete.
import { useState } from 'react';
import type { CustomField, CustomFieldType } from '../../../shared/domain';
import { formatCustomValue } from '../../../shared/custom-values';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';
import { useDetailsStore } from '../state/details-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { ChoicesEditor, splitChoices } from './ChoicesEditor';
import { EntryRow } from './EntryRow';
import { FieldTypeSelect } from './FieldTypeSelect';
import { SafeToShareBox } from './PrivacyControls';
import { RemovePanel } from './RemovePanel';
import { FIELD_TYPE_MARKS } from './words';
import { plural } from '../../../shared/wording';

/** The values actors already hold, which become the choices when a field turns into a choice field. */
function valuesInUse(field: CustomField): string[] {
  const seen = new Map<string, string>();
  // The Fields tab shows its rows only once every record's details are here (CustomFieldsTab).
  for (const actor of useDetailsStore.getState().actors.values()) {
    const value = actor.customValues[field.id];
    if (value === undefined) continue;
    const text = formatCustomValue(value).trim().slice(0, 100);
    if (text && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()].slice(0, 200);
}

function FirstChoices({ field, onDone }: { field: CustomField; onDone(): void }) {
  const [text, setText] = useState('');
  const { error, commit } = useCommit();
  const save = async () => {
    if (
      await commit(() =>
        editTaxonomy('customFields.update', { id: field.id, type: 'choice', options: splitChoices(text) }),
      )
    )
      onDone();
  };
  return (
    <div className="remove-panel">
      <label className="field">
        <span className="field__label">{`Choices for “${field.name}”, separated by commas`}</span>
        <input
          type="text"
          value={text}
          placeholder="e.g. Weekly, Monthly, Now and then"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <FieldError id={`first-choices-${field.id}`} message={error} />
      <div className="remove-panel__actions">
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!text.trim()}
          onClick={() => void save()}
        >
          Make it a choice field
        </button>
      </div>
    </div>
  );
}

export function CustomFieldRow({ field, count }: { field: CustomField; count: number }) {
  const { error, commit } = useCommit();
  const [askChoices, setAskChoices] = useState(false);
  const changeType = (type: CustomFieldType) => {
    if (type !== 'choice') return void commit(() => editTaxonomy('customFields.update', { id: field.id, type }));
    const options = valuesInUse(field);
    if (options.length === 0) return setAskChoices(true);
    void commit(() => editTaxonomy('customFields.update', { id: field.id, type, options }));
  };
  return (
    <EntryRow
      name={field.name}
      entryWord="field"
      onRename={(name) => editTaxonomy('customFields.update', { id: field.id, name })}
      mark={<span className="entry__type-mark">{FIELD_TYPE_MARKS[field.type]}</span>}
      controls={
        <>
          <FieldTypeSelect label={`Type of the field “${field.name}”`} value={field.type} onChange={changeType} />
          <SafeToShareBox
            label={`“${field.name}” is safe to share for people`}
            checked={field.safe}
            onChange={(safe) => void commit(() => editTaxonomy('customFields.update', { id: field.id, safe }))}
          />
        </>
      }
      usage={`for ${field.appliesTo === 'tie' ? 'ties' : 'actors'}: ${count === 0 ? 'not filled in yet' : `filled in for ${plural(count, field.appliesTo)}`}`}
      actions={[
        {
          label: 'Delete…',
          accessibleLabel: `Delete the field “${field.name}”`,
          panel: (close) => (
            <RemovePanel
              message={
                count === 0
                  ? `Delete the field “${field.name}”? No actor has a value in it yet.`
                  : `Delete the field “${field.name}”? Its values will be removed from ${plural(count, field.appliesTo)}. Undo brings them back.`
              }
              confirmLabel="Delete field and its values"
              onCancel={close}
              onConfirm={() => editTaxonomy('customFields.delete', { id: field.id })}
            />
          ),
        },
      ]}
      below={
        <>
          <FieldError id={`field-${field.id}-error`} message={error} />
          {askChoices && <FirstChoices field={field} onDone={() => setAskChoices(false)} />}
          {field.type === 'choice' && <ChoicesEditor field={field} />}
        </>
      }
    />
  );
}
