// One saved snapshot in the History panel: its name, when it was saved and how big the map was, and what can be
// done with it; renaming, restoring and deleting ask first, in place.
import { useState, type FormEvent } from 'react';
import { dayInWords, type SnapshotInfo } from '../../../shared/history';
import { compareWithNow, deleteSnapshot, openSnapshot, renameSnapshot, restoreSnapshot } from './history-actions';
import { plural } from '../../../shared/wording';

type Step = 'idle' | 'rename' | 'restore' | 'delete';

function savedWhen(iso: string): string {
  const date = new Date(iso);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `Saved ${dayInWords(date)} at ${time}`;
}

function RenameForm({ snapshot, done }: { snapshot: SnapshotInfo; done: () => void }) {
  const [name, setName] = useState(snapshot.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void renameSnapshot(snapshot.id, name).then((ok) => ok && done());
  };
  return (
    <form className="snapshot__form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">New name</span>
        <input
          value={name}
          maxLength={200}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && done()}
        />
      </label>
      <div className="snapshot__actions">
        <button type="submit" className="button button--primary button--small" disabled={name.trim() === ''}>
          Save name
        </button>
        <button type="button" className="button button--small" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Confirm({ text, action, onYes, onNo }: { text: string; action: string; onYes: () => void; onNo: () => void }) {
  return (
    <div className="snapshot__confirm" role="alertdialog" aria-label={action}>
      <p>{text}</p>
      <div className="snapshot__actions">
        <button type="button" className="button button--primary button--small" onClick={onYes}>
          {action}
        </button>
        <button type="button" className="button button--small" onClick={onNo}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function SnapshotRow({ snapshot }: { snapshot: SnapshotInfo }) {
  const [step, setStep] = useState<Step>('idle');
  const idle = () => setStep('idle');
  return (
    <li className="snapshot" aria-label={snapshot.name}>
      <div className="snapshot__name">{snapshot.name}</div>
      <div className="snapshot__meta">
        {savedWhen(snapshot.createdAt)} · {plural(snapshot.actorCount, 'actor')}, {plural(snapshot.tieCount, 'tie')}
      </div>
      {step === 'rename' && <RenameForm snapshot={snapshot} done={idle} />}
      {step === 'restore' && (
        <Confirm
          text={`Put the map back to how it was in “${snapshot.name}”? Actors, ties and lists added since are taken away. Undo (Ctrl+Z) brings them back.`}
          action="Restore"
          onYes={() => {
            idle();
            void restoreSnapshot(snapshot.id, snapshot.name);
          }}
          onNo={idle}
        />
      )}
      {step === 'delete' && (
        <Confirm
          text={`Delete the snapshot “${snapshot.name}”? The map stays as it is, but this copy is gone for good.`}
          action="Delete snapshot"
          onYes={() => {
            idle();
            void deleteSnapshot(snapshot.id, snapshot.name);
          }}
          onNo={idle}
        />
      )}
      {step === 'idle' && (
        <div className="snapshot__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void openSnapshot(snapshot.id)}
            title="Show the map as it was, without changing anything"
          >
            Show
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void compareWithNow(snapshot.id)}
            title="See what was added, removed or changed since"
          >
            Compare with now
          </button>
          <button type="button" className="button button--small" onClick={() => setStep('restore')}>
            Restore…
          </button>
          <button type="button" className="button button--small" onClick={() => setStep('rename')}>
            Rename
          </button>
          <button type="button" className="button button--small" onClick={() => setStep('delete')}>
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}
