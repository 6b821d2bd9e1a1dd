// The inspector for several actors: what they can share (kind, role, tags, care offers, certainty), each change
// made to all of them in one step.
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActorId, Certainty } from '../../../shared/domain';
import { SelectField } from '../forms/SelectField';
import { updateActors } from '../state/detail-edits';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { useManyDetails } from '../state/use-details';
import { DetailsLoading } from './DetailsLoading';
import { CareOffersField } from './CareFields';
import { commonValue, present } from './common-value';
import { InspectorSection } from './InspectorSection';
import { KindSelect } from './KindSelect';
import { CERTAINTY_CHOICES } from './ProvenanceFields';
import { NO_ROLE, RoleSelect } from './RoleSelect';
import { TagsField } from './TagsField';
import { PinToggle } from '../layout/PinToggle';

function names(list: readonly string[]): string {
  const shown = list.slice(0, 4).map((n) => n || 'Unnamed actor');
  return list.length > 4 ? `${shown.join(', ')} and ${list.length - 4} more` : shown.join(', ');
}

export function ManyActorsInspector({ ids }: { ids: readonly ActorId[] }) {
  const onMap = useDocumentStore(useShallow((s) => present(ids, s.actors)));
  const presentIds = useMemo(() => onMap.map((a) => a.id), [onMap]);
  // What they share (tags, care offers, certainty) is read from their details: none is shown as shared till all are here.
  const ready = useManyDetails(presentIds);
  const actors = useDetailsStore(useShallow((s) => present(presentIds, s.actors)));
  const saveCertainty = useCallback(
    (certainty: string) => updateActors(presentIds, { provenance: { certainty: certainty as Certainty } }),
    [presentIds],
  );
  if (onMap.length === 0) return null;
  const heading = (
    <div className="inspector__heading">
      <div>
        <p className="inspector__name">{onMap.length} actors selected</p>
        <p className="inspector__kind">{names(onMap.map((a) => a.name))}</p>
      </div>
    </div>
  );
  if (!ready || actors.length < presentIds.length) {
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
        <KindSelect ids={presentIds} value={commonValue(actors, (a) => a.kindId)} />
        <RoleSelect ids={presentIds} value={commonValue(actors, (a) => a.role ?? NO_ROLE)} />
        <TagsField actors={actors} />
        <CareOffersField actors={actors} />
        <SelectField
          label="Certainty"
          value={commonValue(actors, (a) => a.provenance.certainty)}
          choices={CERTAINTY_CHOICES}
          onCommit={saveCertainty}
        />
        <PinToggle actors={actors} />
      </InspectorSection>
    </>
  );
}
