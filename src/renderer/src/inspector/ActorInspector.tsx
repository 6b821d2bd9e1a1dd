// The inspector for one actor: a form in the facilitator's words, each field saved on its own as one undo step.
import { useCallback, useMemo } from 'react';
import type { Actor, ActorId, Kind } from '../../../shared/domain';
import type { ProvenancePatch } from '../../../shared/api-fields';
import { TextField } from '../forms/TextField';
import { updateActors } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { useActorDetails } from '../state/use-details';
import { DetailsLoading } from './DetailsLoading';
import { ActorHeading } from './ActorHeading';
import { AddTieField } from './AddTieField';
import { CareModesField, CareOffersField } from './CareFields';
import { ConsentFields } from './ConsentFields';
import { ContactFields } from './ContactFields';
import { CustomFieldsSection } from './CustomFieldsSection';
import { asksForConsent } from './individual-kind';
import { InspectorSection } from './InspectorSection';
import { KindSelect } from './KindSelect';
import { ProvenanceFields } from './ProvenanceFields';
import { NO_ROLE, RoleSelect } from './RoleSelect';
import { TagsField } from './TagsField';
import { PinToggle } from '../layout/PinToggle';
import { ForgetPerson } from '../privacy/ForgetPerson';

/** A saver for one text property of the actor, e.g. saver(actor.id, 'notes'). */
function useSaver(id: ActorId, key: 'name' | 'description' | 'address' | 'website' | 'notes') {
  return useCallback((value: string) => updateActors([id], { [key]: value }), [id, key]);
}

/** The form appears only once the actor's details are here, so no field is shown (or saved) empty for want of them. */
export function ActorInspector({ id }: { id: ActorId }) {
  const onMap = useDocumentStore((s) => s.actors.get(id));
  const actor = useActorDetails(onMap ? id : null);
  const kind = useDocumentStore((s) => (onMap ? s.kindsById.get(onMap.kindId) : undefined));
  if (!onMap) return null;
  if (!actor) {
    return (
      <>
        <ActorHeading actor={onMap} kind={kind} />
        <DetailsLoading what="this actor’s details" />
      </>
    );
  }
  return <ActorForm actor={actor} kind={kind} />;
}

function ActorForm({ actor, kind }: { actor: Actor; kind: Kind | undefined }) {
  const id = actor.id;
  const actors = useMemo<Actor[]>(() => [actor], [actor]);
  const ids = useMemo(() => [id], [id]);
  const saveName = useSaver(id, 'name');
  const saveDescription = useSaver(id, 'description');
  const saveAddress = useSaver(id, 'address');
  const saveWebsite = useSaver(id, 'website');
  const saveNotes = useSaver(id, 'notes');
  const saveProvenance = useCallback((provenance: ProvenancePatch) => updateActors([id], { provenance }), [id]);

  return (
    <>
      <ActorHeading actor={actor} kind={kind} />
      <InspectorSection title="About">
        <TextField label="Name" value={actor.name} maxLength={200} onCommit={saveName} />
        <KindSelect ids={ids} value={actor.kindId} />
        <TextField
          label="Description"
          value={actor.description}
          multiline
          maxLength={5000}
          onCommit={saveDescription}
        />
        <RoleSelect ids={ids} value={actor.role ?? NO_ROLE} />
        {asksForConsent(actor, kind) && <ConsentFields actor={actor} />}
        <PinToggle actors={actors} />
      </InspectorSection>
      <InspectorSection title="Ties">
        <AddTieField fromId={id} />
      </InspectorSection>
      <InspectorSection title="Care">
        <CareOffersField actors={actors} />
        <CareModesField ids={ids} careModes={actor.careModes} />
      </InspectorSection>
      <InspectorSection title="Where and how to reach them">
        <TextField label="Area or address" value={actor.address} maxLength={500} onCommit={saveAddress} />
        <TextField
          label="Website"
          value={actor.website}
          inputMode="url"
          placeholder="e.g. maplestreet.org"
          onCommit={saveWebsite}
        />
        <ContactFields actor={actor} />
      </InspectorSection>
      <InspectorSection title="Tags and notes">
        <TagsField actors={actors} />
        <TextField label="Notes" value={actor.notes} multiline maxLength={20_000} onCommit={saveNotes} />
      </InspectorSection>
      <CustomFieldsSection actor={actor} />
      <InspectorSection title="Where this came from">
        <ProvenanceFields provenance={actor.provenance} onCommit={saveProvenance} />
      </InspectorSection>
      <InspectorSection title="Privacy">
        <ForgetPerson key={actor.id} actor={actor} kind={kind} />
      </InspectorSection>
    </>
  );
}
