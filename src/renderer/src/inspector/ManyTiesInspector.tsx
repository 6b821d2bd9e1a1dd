// The inspector for several ties: type, direction, strength, status and certainty, changed for all in one step.
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Certainty, TieId } from '../../../shared/domain';
import { SelectField } from '../forms/SelectField';
import { updateTies } from '../state/detail-edits';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { useManyDetails } from '../state/use-details';
import { DetailsLoading } from './DetailsLoading';
import { commonValue, present } from './common-value';
import { InspectorSection } from './InspectorSection';
import { CERTAINTY_CHOICES } from './ProvenanceFields';
import { NONE } from './tie-choices';
import { TieDetailFields } from './TieDetailFields';

export function ManyTiesInspector({ ids }: { ids: readonly TieId[] }) {
  const onMap = useDocumentStore(useShallow((s) => present(ids, s.ties)));
  const presentIds = useMemo(() => onMap.map((t) => t.id), [onMap]);
  const noActors = useMemo(() => [], []);
  // Their certainty is among the details: the form waits for every selected tie's.
  const ready = useManyDetails(noActors, presentIds);
  const ties = useDetailsStore(useShallow((s) => present(presentIds, s.ties)));
  const saveCertainty = useCallback(
    (certainty: string) => updateTies(presentIds, { provenance: { certainty: certainty as Certainty } }),
    [presentIds],
  );
  if (onMap.length === 0) return null;
  const heading = (
    <div className="inspector__heading">
      <p className="inspector__name">{onMap.length} ties selected</p>
    </div>
  );
  if (!ready || ties.length < presentIds.length) {
    return (
      <>
        {heading}
        <DetailsLoading what="their details" />
      </>
    );
  }
  return (
    <>
      {heading}
      <p className="inspector__note">
        Changes here apply to all of them at once; one Undo takes a change back from all.
      </p>
      <InspectorSection title="What they share">
        <TieDetailFields
          ids={presentIds}
          type={commonValue(ties, (t) => t.tieTypeId ?? NONE)}
          direction={commonValue(ties, (t) => t.direction)}
          strength={commonValue(ties, (t) => t.strength)}
          status={commonValue(ties, (t) => t.statusId ?? NONE)}
        />
        <SelectField
          label="Certainty"
          value={commonValue(ties, (t) => t.provenance.certainty)}
          choices={CERTAINTY_CHOICES}
          onCommit={saveCertainty}
        />
      </InspectorSection>
    </>
  );
}
