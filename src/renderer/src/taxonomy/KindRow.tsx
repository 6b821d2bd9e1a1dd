// One kind in the editor, with its merge and delete questions.
import type { Kind, KindId } from '../../../shared/domain';
import { ActorShape } from '../canvas/ActorShape';
import { useCommit } from '../forms/use-commit';
import { FieldError } from '../forms/FieldError';
import { editTaxonomy } from '../state/taxonomy-edits';
import { ColourInput } from './ColourInput';
import { EntryRow, type RowAction } from './EntryRow';
import { RemovePanel } from './RemovePanel';
import { ShapeSelect } from './ShapeSelect';
import { plural } from './words';

export function KindRow({ kind, kinds, count }: { kind: Kind; kinds: readonly Kind[]; count: number }) {
  const { error, commit } = useCommit();
  const others = kinds.filter((k) => k.id !== kind.id).map((k) => ({ value: k.id, label: k.name }));
  const update = (change: { colour?: string; shape?: Kind['shape'] }) => void commit(() => editTaxonomy('kinds.update', { id: kind.id, ...change }));
  const actors = plural(count, 'actor');

  const actions: RowAction[] = [
    {
      label: 'Merge…',
      accessibleLabel: `Merge the kind “${kind.name}” into another`,
      panel: (close) => (
        <RemovePanel
          message={`Merging moves ${count === 0 ? 'its actors (there are none)' : `its ${actors}`} into the kind you choose, then removes “${kind.name}”.`}
          reassign={{ label: `Merge “${kind.name}” into`, choices: others }}
          confirmLabel="Merge"
          onCancel={close}
          onConfirm={(intoId) => editTaxonomy('kinds.merge', { fromId: kind.id, intoId: intoId as KindId })}
        />
      ),
    },
    {
      label: 'Delete…',
      accessibleLabel: `Delete the kind “${kind.name}”`,
      panel: (close) => (
        <RemovePanel
          message={count === 0 ? `No actor is of the kind “${kind.name}”. Delete it?` : `${actors} ${count === 1 ? 'is' : 'are'} of the kind “${kind.name}”. Choose where ${count === 1 ? 'it goes' : 'they go'}.`}
          reassign={count === 0 ? undefined : { label: 'Move its actors to', choices: others }}
          confirmLabel={count === 0 ? 'Delete kind' : 'Move actors and delete kind'}
          onCancel={close}
          onConfirm={(to) => editTaxonomy('kinds.delete', to ? { id: kind.id, reassignTo: to as KindId } : { id: kind.id })}
        />
      ),
    },
  ];

  return (
    <EntryRow
      name={kind.name}
      entryWord="kind"
      onRename={(name) => editTaxonomy('kinds.update', { id: kind.id, name })}
      mark={<ActorShape shape={kind.shape} colour={kind.colour} size={28} />}
      controls={
        <>
          <ColourInput label={`Colour of the kind “${kind.name}”`} value={kind.colour} onCommit={(colour) => update({ colour })} />
          <ShapeSelect label={`Shape of the kind “${kind.name}”`} value={kind.shape} onChange={(shape) => update({ shape })} />
        </>
      }
      usage={actors}
      actions={actions}
      below={<FieldError id={`kind-${kind.id}-error`} message={error} />}
    />
  );
}
