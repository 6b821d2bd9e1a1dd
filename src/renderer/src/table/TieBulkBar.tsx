// Edits every selected tie at once: set their status, type or strength; each is one undo step.
import type { Tie, TieStrength } from '../../../shared/domain';
import { BulkSelect } from './BulkSelect';
import { bulkUpdateTies } from './bulk-edit';
import { selectTies } from './table-selection';
import { STRENGTH_CHOICES, type TieTableLookups } from './use-tie-rows';

export function TieBulkBar({ ties, lookups }: { ties: readonly Tie[]; lookups: TieTableLookups }) {
  const ids = ties.map((t) => t.id);
  const count = ties.length === 1 ? 'the selected tie' : `the ${ties.length} selected ties`;
  return (
    <div className="bulk-bar" role="group" aria-label={`Change ${count}`}>
      <BulkSelect
        label={`Set the status of ${count}`}
        prompt="Set status…"
        choices={lookups.statusChoices}
        onChoose={(v) => void bulkUpdateTies(ids, { statusId: v === '' ? null : v })}
      />
      <BulkSelect
        label={`Set the type of ${count}`}
        prompt="Set type…"
        choices={lookups.typeChoices}
        onChoose={(v) => void bulkUpdateTies(ids, { tieTypeId: v === '' ? null : v })}
      />
      <BulkSelect
        label={`Set the strength of ${count}`}
        prompt="Set strength…"
        choices={STRENGTH_CHOICES}
        onChoose={(v) => void bulkUpdateTies(ids, { strength: v as TieStrength })}
      />
      <button type="button" className="button button--small" onClick={() => selectTies([])}>
        Clear selection
      </button>
    </div>
  );
}
