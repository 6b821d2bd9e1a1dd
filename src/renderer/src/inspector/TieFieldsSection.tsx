// A tie's own fields (the ties' custom fields: "Weight", a partner's "Amount"…), filled in for one tie.
import { memo } from 'react';
import type { Tie } from '../../../shared/domain';
import { updateTies } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { openTaxonomyEditor } from '../taxonomy/open-taxonomy-editor';
import { CustomFieldInput } from './CustomFieldInput';
import { InspectorSection } from './InspectorSection';

function TieFieldsSectionComponent({ tie }: { tie: Tie }) {
  const fields = useDocumentStore((s) => s.tieFields);
  return (
    <InspectorSection title="This tie’s own fields">
      {fields.length === 0 ? (
        <p className="field__help">
          Record anything else about ties, like how often people meet.{' '}
          <button type="button" className="link-button" onClick={() => openTaxonomyEditor('customFields')}>
            Add a field for ties
          </button>
        </p>
      ) : (
        fields.map((field) => (
          <CustomFieldInput
            key={field.id}
            field={field}
            value={tie.customValues[field.id]}
            onCommit={(value) => updateTies([tie.id], { customValues: { [field.id]: value } })}
          />
        ))
      )}
    </InspectorSection>
  );
}

export const TieFieldsSection = memo(TieFieldsSectionComponent);
