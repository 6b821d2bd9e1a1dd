// A tie's type, direction, strength and status: for one tie, or several at once (MIXED where they differ).
import { memo } from 'react';
import type { TieDirection, TieId, TieStrength } from '../../../shared/domain';
import { SelectField } from '../forms/SelectField';
import { updateTies } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { directionChoices, NONE, STRENGTH_CHOICES, statusChoices, typeChoices } from './tie-choices';

interface Props {
  ids: readonly TieId[];
  type: string;
  direction: string;
  strength: string;
  status: string;
  /** Names of the two ends, for one tie. */
  from?: string;
  to?: string;
  /** Focus the type on mount: the tie was just drawn. */
  focusType?: boolean;
}

function TieDetailFieldsComponent({ ids, type, direction, strength, status, from, to, focusType }: Props) {
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const tieStatuses = useDocumentStore((s) => s.tieStatuses);
  return (
    <>
      <SelectField
        label="Type of tie"
        value={type}
        autoFocus={focusType}
        choices={typeChoices(tieTypes)}
        onCommit={(v) => updateTies(ids, { tieTypeId: v === NONE ? null : v })}
      />
      <SelectField
        label="Direction"
        value={direction}
        choices={directionChoices(from, to)}
        onCommit={(v) => updateTies(ids, { direction: v as TieDirection })}
      />
      <SelectField
        label="Strength"
        value={strength}
        choices={STRENGTH_CHOICES}
        help="Drawn as the thickness of the line."
        onCommit={(v) => updateTies(ids, { strength: v as TieStrength })}
      />
      <SelectField
        label="Status"
        value={status}
        choices={statusChoices(tieStatuses)}
        onCommit={(v) => updateTies(ids, { statusId: v === NONE ? null : v })}
      />
    </>
  );
}

export const TieDetailFields = memo(TieDetailFieldsComponent);
