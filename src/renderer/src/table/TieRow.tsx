// One tie as a table row: check box, its two ends, and type/direction/strength/status/since edited in place.
import { memo, type MouseEvent } from 'react';
import type { Tie, TieDirection, TieStrength } from '../../../shared/domain';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { updateTies } from '../state/detail-edits';
import { actorName, tieLabel } from './tie-columns';
import { isControlClick, type RowSelection } from './use-row-selection';
import { DIRECTION_CHOICES, STRENGTH_CHOICES, type TieTableLookups } from './use-tie-rows';

export interface TieRowProps {
  tie: Tie;
  lookups: TieTableLookups;
  selected: boolean;
  rowIndex: number;
  selection: RowSelection;
}

function TieRowComponent({ tie, lookups, selected, rowIndex, selection }: TieRowProps) {
  const { id } = tie;
  const label = tieLabel(tie, lookups);
  const save = (patch: Parameters<typeof updateTies>[1]) => updateTies([id], patch);
  const onClick = (event: MouseEvent) => {
    if (!isControlClick(event.target)) selection.onRowClick(id, event);
  };
  const from = actorName(tie.fromId, lookups);
  const to = actorName(tie.toId, lookups);
  return (
    <tr className="data-table__row" aria-rowindex={rowIndex} data-selected={selected || undefined} onClick={onClick}>
      <td className="data-table__check">
        <input
          type="checkbox"
          aria-label={`Select ${label}`}
          checked={selected}
          onChange={(e) => selection.onCheck(id, (e.nativeEvent as globalThis.MouseEvent).shiftKey === true)}
        />
      </td>
      <td className="data-table__text" title={from}>
        {from}
      </td>
      <td className="data-table__text" title={to}>
        {to}
      </td>
      <td>
        <SelectField
          label={`Type of ${label}`}
          hideLabel
          value={tie.tieTypeId ?? ''}
          choices={lookups.typeChoices}
          onCommit={(v) => save({ tieTypeId: v === '' ? null : v })}
        />
      </td>
      <td>
        <SelectField
          label={`Direction of ${label}`}
          hideLabel
          value={tie.direction}
          choices={DIRECTION_CHOICES}
          onCommit={(v) => save({ direction: v as TieDirection })}
        />
      </td>
      <td>
        <SelectField
          label={`Strength of ${label}`}
          hideLabel
          value={tie.strength}
          choices={STRENGTH_CHOICES}
          onCommit={(v) => save({ strength: v as TieStrength })}
        />
      </td>
      <td>
        <SelectField
          label={`Status of ${label}`}
          hideLabel
          value={tie.statusId ?? ''}
          choices={lookups.statusChoices}
          onCommit={(v) => save({ statusId: v === '' ? null : v })}
        />
      </td>
      <td>
        <TextField
          label={`Since when the ${label} exists`}
          hideLabel
          type="date"
          value={tie.since ?? ''}
          onCommit={(v) => save({ since: v === '' ? null : v })}
        />
      </td>
    </tr>
  );
}

/** Re-renders only when this tie, its selection or the names and lists it shows change. */
export const TieRow = memo(TieRowComponent);
