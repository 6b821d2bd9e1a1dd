// The inspector for one tie: between whom, its type, direction, strength, status, since when, notes, its own fields and source.
import { useCallback, useEffect, useMemo } from 'react';
import type { Tie, TieId } from '../../../shared/domain';
import type { ProvenancePatch } from '../../../shared/api-fields';
import { TextField } from '../forms/TextField';
import { updateTies } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { useTieDetails } from '../state/use-details';
import { DetailsLoading } from './DetailsLoading';
import { InspectorSection } from './InspectorSection';
import { ProvenanceFields } from './ProvenanceFields';
import { NONE } from './tie-choices';
import { TieDetailFields } from './TieDetailFields';
import { TieFieldsSection } from './TieFieldsSection';
import { TieHeading } from './TieHeading';
import { clearTieTypeFocus, useTieTypeFocus } from './tie-type-focus';

/** The form appears only once the tie's details are here, so no field is shown (or saved) empty for want of them. */
export function TieInspector({ id }: { id: TieId }) {
  const onMap = useDocumentStore((s) => s.ties.get(id));
  const tie = useTieDetails(onMap ? id : null);
  const from = useDocumentStore((s) => (onMap ? s.actors.get(onMap.fromId) : undefined));
  const to = useDocumentStore((s) => (onMap ? s.actors.get(onMap.toId) : undefined));
  if (!onMap) return null;
  if (!tie) {
    return (
      <>
        <TieHeading tie={onMap} from={from} to={to} />
        <DetailsLoading what="this tie’s details" />
      </>
    );
  }
  return <TieForm tie={tie} />;
}

function TieForm({ tie }: { tie: Tie }) {
  const id = tie.id;
  const from = useDocumentStore((s) => s.actors.get(tie.fromId));
  const to = useDocumentStore((s) => s.actors.get(tie.toId));
  const ids = useMemo(() => [id], [id]);
  // A tie just drawn on the map: its type is the next thing to choose. Asked once, then forgotten.
  const [focusType] = useTieTypeFocus(id);
  useEffect(() => {
    if (focusType) clearTieTypeFocus();
  }, [focusType]);
  const saveSince = useCallback((day: string) => updateTies(ids, { since: day === '' ? null : day }), [ids]);
  const saveNotes = useCallback((notes: string) => updateTies(ids, { notes }), [ids]);
  const saveProvenance = useCallback((provenance: ProvenancePatch) => updateTies(ids, { provenance }), [ids]);
  return (
    <>
      <TieHeading tie={tie} from={from} to={to} />
      <InspectorSection title="About this tie">
        <TieDetailFields
          ids={ids}
          type={tie.tieTypeId ?? NONE}
          direction={tie.direction}
          strength={tie.strength}
          status={tie.statusId ?? NONE}
          from={from?.name}
          to={to?.name}
          focusType={focusType}
        />
        <TextField
          label="Since"
          type="date"
          value={tie.since ?? ''}
          help="When this tie began, if known."
          onCommit={saveSince}
        />
        <TextField label="Notes" value={tie.notes} multiline maxLength={20_000} onCommit={saveNotes} />
      </InspectorSection>
      <TieFieldsSection tie={tie} />
      <InspectorSection title="Where this came from">
        <ProvenanceFields provenance={tie.provenance} onCommit={saveProvenance} />
      </InspectorSection>
    </>
  );
}
