// One actor as a table row: check box, name edited in place, kind/role/certainty drop-downs, the rest as text.
import { memo, type MouseEvent } from 'react';
import { ACTOR_ROLES, CERTAINTIES, type Actor, type ActorRole, type Certainty } from '../../../shared/domain';
import { SelectField, type Choice } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { CERTAINTY_WORDS, ROLE_WORDS } from '../inspector/words';
import { updateActors } from '../state/detail-edits';
import { careOffersText, fieldText, type ActorLookups } from './actor-columns';
import { isControlClick, type RowSelection } from './use-row-selection';

const ROLE_CHOICES: Choice[] = [
  { value: '', label: 'None' },
  ...ACTOR_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] })),
];
const CERTAINTY_CHOICES: Choice[] = CERTAINTIES.map((c) => ({
  value: c,
  label: CERTAINTY_WORDS[c].split(' – ')[0] ?? c,
}));

export interface ActorRowProps {
  actor: Actor;
  lookups: ActorLookups & { kindChoices: readonly Choice[] };
  selected: boolean;
  /** 1-based among all rows (the heading row is 1), for screen readers when only some rows are rendered. */
  rowIndex: number;
  selection: RowSelection;
}

function ActorRowComponent({ actor, lookups, selected, rowIndex, selection }: ActorRowProps) {
  const { id, name } = actor;
  const save = (patch: Parameters<typeof updateActors>[1]) => updateActors([id], patch);
  const onClick = (event: MouseEvent) => {
    if (!isControlClick(event.target)) selection.onRowClick(id, event);
  };
  const offers = careOffersText(actor, lookups);
  const tags = actor.tags.join(', ');
  return (
    <tr className="data-table__row" aria-rowindex={rowIndex} data-selected={selected || undefined} onClick={onClick}>
      <td className="data-table__check">
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          onChange={(e) => selection.onCheck(id, (e.nativeEvent as globalThis.MouseEvent).shiftKey === true)}
        />
      </td>
      <td>
        <TextField
          label={`Name of ${name}`}
          hideLabel
          value={name}
          maxLength={200}
          onCommit={(next) => save({ name: next })}
        />
      </td>
      <td>
        <SelectField
          label={`Kind of ${name}`}
          hideLabel
          value={actor.kindId}
          choices={lookups.kindChoices}
          onCommit={(next) => save({ kindId: next })}
        />
      </td>
      <td>
        <SelectField
          label={`Role of ${name}`}
          hideLabel
          value={actor.role ?? ''}
          choices={ROLE_CHOICES}
          onCommit={(next) => save({ role: next === '' ? null : (next as ActorRole) })}
        />
      </td>
      <td className="data-table__text" title={tags}>
        {tags}
      </td>
      <td className="data-table__text" title={offers}>
        {offers}
      </td>
      <td className="data-table__text" title={actor.address}>
        {actor.address}
      </td>
      <td>
        <SelectField
          label={`Certainty of ${name}`}
          hideLabel
          value={actor.provenance.certainty}
          choices={CERTAINTY_CHOICES}
          onCommit={(next) => save({ provenance: { certainty: next as Certainty } })}
        />
      </td>
      {lookups.customFields.map((field) => {
        const text = fieldText(actor.customValues[field.id]);
        return (
          <td key={field.id} className="data-table__text" title={text}>
            {text}
          </td>
        );
      })}
    </tr>
  );
}

/** Re-renders only when this actor, its selection or the taxonomy changes: a rename elsewhere leaves it alone. */
export const ActorRow = memo(ActorRowComponent);
