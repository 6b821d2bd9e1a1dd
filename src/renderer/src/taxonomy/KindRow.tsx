// One kind in the editor, with its merge and delete questions.
import type { Kind, KindId } from '../../../shared/domain';
import { ActorShape } from '../canvas/ActorShape';
import type { Choice } from '../forms/SelectField';
import { useCommit } from '../forms/use-commit';
import { FieldError } from '../forms/FieldError';
import { editTaxonomy } from '../state/taxonomy-edits';
import { ColourInput } from './ColourInput';
import { EntryRow, type RowAction } from './EntryRow';
import { RemovePanel } from './RemovePanel';
import { PeopleSelect } from './PrivacyControls';
import { ShapeSelect } from './ShapeSelect';
import { plural } from '../../../shared/wording';

function mergeAction(kind: Kind, count: number, others: Choice[]): RowAction {
  return {
    label: 'Merge…',
    accessibleLabel: `Merge the kind “${kind.name}” into another`,
    panel: (close) => (
      <RemovePanel
        message={`Merging moves ${count === 0 ? 'its actors (there are none)' : `its ${plural(count, 'actor')}`} into the kind you choose, then removes “${kind.name}”.`}
        reassign={{ label: `Merge “${kind.name}” into`, choices: others }}
        confirmLabel="Merge"
        onCancel={close}
        onConfirm={(intoId) => editTaxonomy('kinds.merge', { fromId: kind.id, intoId: intoId as KindId })}
      />
    ),
  };
}

function deleteAction(kind: Kind, count: number, others: Choice[]): RowAction {
  const message =
    count === 0
      ? `No actor is of the kind “${kind.name}”. Delete it?`
      : `${plural(count, 'actor')} ${count === 1 ? 'is' : 'are'} of the kind “${kind.name}”. Choose where ${count === 1 ? 'it goes' : 'they go'}.`;
  return {
    label: 'Delete…',
    accessibleLabel: `Delete the kind “${kind.name}”`,
    panel: (close) => (
      <RemovePanel
        message={message}
        // With no other kind there is nowhere to go; the server then explains that the last kind stays.
        reassign={count === 0 || others.length === 0 ? undefined : { label: 'Move its actors to', choices: others }}
        confirmLabel={count === 0 ? 'Delete kind' : 'Move actors and delete kind'}
        onCancel={close}
        onConfirm={(to) => editTaxonomy('kinds.delete', to ? { id: kind.id, reassignTo: to } : { id: kind.id })}
      />
    ),
  };
}

export function KindRow({ kind, kinds, count }: { kind: Kind; kinds: readonly Kind[]; count: number }) {
  const { error, commit } = useCommit();
  const others = kinds.filter((k) => k.id !== kind.id).map((k) => ({ value: k.id, label: k.name }));
  const update = (change: { colour?: string; shape?: Kind['shape']; people?: boolean }) =>
    void commit(() => editTaxonomy('kinds.update', { id: kind.id, ...change }));
  const actions =
    others.length > 0
      ? [mergeAction(kind, count, others), deleteAction(kind, count, others)]
      : [deleteAction(kind, count, others)];
  return (
    <EntryRow
      name={kind.name}
      entryWord="kind"
      onRename={(name) => editTaxonomy('kinds.update', { id: kind.id, name })}
      mark={<ActorShape shape={kind.shape} colour={kind.colour} size={28} />}
      controls={
        <>
          <ColourInput
            label={`Colour of the kind “${kind.name}”`}
            value={kind.colour}
            onCommit={(colour) => update({ colour })}
          />
          <ShapeSelect
            label={`Shape of the kind “${kind.name}”`}
            value={kind.shape}
            onChange={(shape) => update({ shape })}
          />
          <PeopleSelect
            label={`Are the actors of “${kind.name}” people?`}
            value={kind.people ? 'people' : 'organisations'}
            onChange={(answer) => update({ people: answer === 'people' })}
          />
        </>
      }
      usage={plural(count, 'actor')}
      actions={actions}
      below={<FieldError id={`kind-${kind.id}-error`} message={error} />}
    />
  );
}
