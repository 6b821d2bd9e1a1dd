// The fields this map's facilitator added ("Languages spoken", "Has a venue"…), filled in for one actor.
import { memo } from 'react';
import type { Actor } from '../../../shared/domain';
import { updateActors } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { openTaxonomyEditor } from '../taxonomy/open-taxonomy-editor';
import { CustomFieldInput } from './CustomFieldInput';
import { InspectorSection } from './InspectorSection';

function CustomFieldsSectionComponent({ actor }: { actor: Actor }) {
  const fields = useDocumentStore((s) => s.actorFields);
  return (
    <InspectorSection title="Your own fields">
      {fields.length === 0 ? (
        <p className="field__help">
          Record anything else this map needs, like languages spoken or opening hours.{' '}
          <button type="button" className="link-button" onClick={() => openTaxonomyEditor('customFields')}>
            Add a field
          </button>
        </p>
      ) : (
        fields.map((field) => (
          <CustomFieldInput
            key={field.id}
            field={field}
            value={actor.customValues[field.id]}
            onCommit={(value) => updateActors([actor.id], { customValues: { [field.id]: value } })}
          />
        ))
      )}
    </InspectorSection>
  );
}

export const CustomFieldsSection = memo(CustomFieldsSectionComponent);
