// Tie statuses (generative, engaged, inactive, potential…): rename, choose a line style, add, delete.
import { useState } from 'react';
import type { LineStyle, TieStatus, TieStatusId } from '../../../shared/domain';
import { LINE_STYLES } from '../../../shared/domain';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';
import { useDocumentStore } from '../state/document-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { AddEntryForm } from './AddEntryForm';
import { EntryRow } from './EntryRow';
import { LineStyleSample } from './LineStyleSample';
import { RemovePanel } from './RemovePanel';
import { useUsageCounts } from './usage-counts';
import { LINE_STYLE_WORDS } from './words';
import { plural } from '../../../shared/wording';

const NONE = '';

function LineStyleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: LineStyle;
  onChange(style: LineStyle): void;
}) {
  return (
    <select
      className="entry__select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as LineStyle)}
    >
      {LINE_STYLES.map((style) => (
        <option key={style} value={style}>
          {LINE_STYLE_WORDS[style]}
        </option>
      ))}
    </select>
  );
}

function TieStatusRow({
  status,
  statuses,
  count,
}: {
  status: TieStatus;
  statuses: readonly TieStatus[];
  count: number;
}) {
  const { error, commit } = useCommit();
  const choices = [
    { value: NONE, label: 'No status' },
    ...statuses.filter((s) => s.id !== status.id).map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <EntryRow
      name={status.name}
      entryWord="tie status"
      onRename={(name) => editTaxonomy('tieStatuses.update', { id: status.id, name })}
      mark={<LineStyleSample style={status.lineStyle} />}
      controls={
        <LineStyleSelect
          label={`Line style of the status “${status.name}”`}
          value={status.lineStyle}
          onChange={(lineStyle) => void commit(() => editTaxonomy('tieStatuses.update', { id: status.id, lineStyle }))}
        />
      }
      usage={plural(count, 'tie')}
      actions={[
        {
          label: 'Delete…',
          accessibleLabel: `Delete the tie status “${status.name}”`,
          panel: (close) => (
            <RemovePanel
              message={
                count === 0
                  ? `No tie is marked “${status.name}”. Delete it?`
                  : `${plural(count, 'tie')} ${count === 1 ? 'is' : 'are'} marked “${status.name}”.`
              }
              reassign={count === 0 ? undefined : { label: 'Mark its ties as', choices }}
              confirmLabel="Delete status"
              onCancel={close}
              onConfirm={(to) =>
                editTaxonomy(
                  'tieStatuses.delete',
                  to === undefined
                    ? { id: status.id }
                    : { id: status.id, reassignTo: to === NONE ? null : (to as TieStatusId) },
                )
              }
            />
          ),
        },
      ]}
      below={<FieldError id={`tie-status-${status.id}-error`} message={error} />}
    />
  );
}

export function TieStatusesTab() {
  const statuses = useDocumentStore((s) => s.tieStatuses);
  const counts = useUsageCounts('tieStatuses');
  const [lineStyle, setLineStyle] = useState<LineStyle>('solid');
  return (
    <>
      <p className="taxonomy__intro">
        How alive a tie is. Each status has its own line style, e.g. inactive ties dashed, potential ones dotted.
      </p>
      <ul className="entries" aria-label="Tie statuses">
        {statuses.map((status) => (
          <TieStatusRow key={status.id} status={status} statuses={statuses} count={counts[status.id] ?? 0} />
        ))}
      </ul>
      <AddEntryForm
        button="Add status"
        label="Add a tie status"
        placeholder="e.g. Paused"
        onAdd={(name) => editTaxonomy('tieStatuses.create', { name, lineStyle })}
      >
        <LineStyleSelect label="Line style of the new status" value={lineStyle} onChange={setLineStyle} />
      </AddEntryForm>
    </>
  );
}
