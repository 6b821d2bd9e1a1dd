// Types of tie: rename, recolour, add, delete (giving its ties another type, or none).
import { useState } from 'react';
import type { TieType, TieTypeId } from '../../../shared/domain';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';
import { useDocumentStore } from '../state/document-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { AddEntryForm } from './AddEntryForm';
import { ColourInput } from './ColourInput';
import { EntryRow } from './EntryRow';
import { RemovePanel } from './RemovePanel';
import { useUsageCounts } from './usage-counts';
import { plural } from '../../../shared/wording';

const NONE = '';

function TieTypeRow({ type, types, count }: { type: TieType; types: readonly TieType[]; count: number }) {
  const { error, commit } = useCommit();
  const choices = [
    { value: NONE, label: 'No type' },
    ...types.filter((t) => t.id !== type.id).map((t) => ({ value: t.id, label: t.name })),
  ];
  return (
    <EntryRow
      name={type.name}
      entryWord="tie type"
      onRename={(name) => editTaxonomy('tieTypes.update', { id: type.id, name })}
      mark={<span className="entry__line" style={{ background: type.colour }} />}
      controls={
        <ColourInput
          label={`Colour of the tie type “${type.name}”`}
          value={type.colour}
          onCommit={(colour) => void commit(() => editTaxonomy('tieTypes.update', { id: type.id, colour }))}
        />
      }
      usage={plural(count, 'tie')}
      actions={[
        {
          label: 'Delete…',
          accessibleLabel: `Delete the tie type “${type.name}”`,
          panel: (close) => (
            <RemovePanel
              message={
                count === 0
                  ? `No tie is of the type “${type.name}”. Delete it?`
                  : `${plural(count, 'tie')} ${count === 1 ? 'is' : 'are'} of the type “${type.name}”.`
              }
              reassign={count === 0 ? undefined : { label: 'Give its ties the type', choices }}
              confirmLabel="Delete tie type"
              onCancel={close}
              onConfirm={(to) =>
                editTaxonomy(
                  'tieTypes.delete',
                  to === undefined
                    ? { id: type.id }
                    : { id: type.id, reassignTo: to === NONE ? null : (to as TieTypeId) },
                )
              }
            />
          ),
        },
      ]}
      below={<FieldError id={`tie-type-${type.id}-error`} message={error} />}
    />
  );
}

export function TieTypesTab() {
  const types = useDocumentStore((s) => s.tieTypes);
  const counts = useUsageCounts('tieTypes');
  const [colour, setColour] = useState('#7f7f7f');
  return (
    <>
      <p className="taxonomy__intro">
        What passes along a tie: referrals, funding, volunteers… Each type has its own colour on the map.
      </p>
      <ul className="entries" aria-label="Types of tie">
        {types.map((type) => (
          <TieTypeRow key={type.id} type={type} types={types} count={counts[type.id] ?? 0} />
        ))}
      </ul>
      <AddEntryForm
        button="Add type"
        label="Add a type of tie"
        placeholder="e.g. Training"
        onAdd={(name) => editTaxonomy('tieTypes.create', { name, colour })}
      >
        <ColourInput label="Colour of the new tie type" value={colour} onCommit={setColour} />
      </AddEntryForm>
    </>
  );
}
