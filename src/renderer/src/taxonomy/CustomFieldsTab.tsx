// The map's own fields: add one (text, number, yes/no, choice, date), rename, change its type or choices, delete.
import { useState } from 'react';
import type { CustomFieldType, FieldTarget } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { AddEntryForm } from './AddEntryForm';
import { splitChoices } from './ChoicesEditor';
import { CustomFieldRow } from './CustomFieldRow';
import { FieldTypeSelect } from './FieldTypeSelect';
import { SafeToShareBox } from './PrivacyControls';
import { useUsageCounts } from './usage-counts';
import { DetailsLoading } from '../inspector/DetailsLoading';
import { useAllDetails } from '../state/use-details';

/** Counts (and a delete's question) need every record's details: none is shown as 0 for want of them. */
export function CustomFieldsTab() {
  const ready = useAllDetails(true, 'both');
  if (!ready) return <DetailsLoading what="how many actors and ties use each" />;
  return <CustomFieldsTabLoaded />;
}

function CustomFieldsTabLoaded() {
  const fields = useDocumentStore((s) => s.customFields);
  const counts = useUsageCounts('customFields');
  const [type, setType] = useState<CustomFieldType>('text');
  const [choices, setChoices] = useState('');
  const [safe, setSafe] = useState(false);
  const [appliesTo, setAppliesTo] = useState<FieldTarget>('actor');
  const add = async (name: string) => {
    await editTaxonomy(
      'customFields.create',
      type === 'choice'
        ? { name, type, safe, appliesTo, options: splitChoices(choices) }
        : { name, type, safe, appliesTo },
    );
    setChoices('');
    setSafe(false);
  };
  return (
    <>
      <p className="taxonomy__intro">
        Anything else this map should record for every actor, or for every tie. Fill them in from the details panel. A
        field is private unless you tick “Safe to share”: anonymised exports leave private fields out for people.
      </p>
      {fields.length === 0 ? (
        <p className="taxonomy__none">No fields yet.</p>
      ) : (
        <ul className="entries" aria-label="Your own fields">
          {fields.map((field) => (
            <CustomFieldRow key={field.id} field={field} count={counts[field.id] ?? 0} />
          ))}
        </ul>
      )}
      <AddEntryForm button="Add field" label="Add a field" placeholder="e.g. Languages spoken" onAdd={add}>
        <FieldTypeSelect label="Type of the new field" value={type} onChange={setType} />
        <select
          className="entry__select"
          aria-label="The new field is for"
          value={appliesTo}
          onChange={(event) => setAppliesTo(event.target.value as FieldTarget)}
        >
          <option value="actor">for actors</option>
          <option value="tie">for ties</option>
        </select>
        {type === 'choice' && (
          <input
            type="text"
            className="add-entry__choices"
            aria-label="Choices of the new field, separated by commas"
            placeholder="Choices, separated by commas"
            value={choices}
            onChange={(event) => setChoices(event.target.value)}
          />
        )}
        <SafeToShareBox label="The new field is safe to share for people" checked={safe} onChange={setSafe} />
      </AddEntryForm>
    </>
  );
}
