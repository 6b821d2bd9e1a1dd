// The History panel: save a snapshot of the map, the list of snapshots with what can be done with each, comparing
// two, and (while comparing) what changed.
import { useEffect, useState, type FormEvent } from 'react';
import { defaultSnapshotName, type SnapshotId } from '../../../shared/history';
import { useDocumentStore } from '../state/document-store';
import { ChangesList } from './ChangesList';
import { compareTwo, refreshSnapshots, saveSnapshot } from './history-actions';
import { toggleHistory, useHistoryStore } from '../state/history-store';
import { SnapshotRow } from './SnapshotRow';
import { SnapshotSelect } from './SnapshotSelect';
import '../styles/history.css';
import { CollapseButton } from '../room/CollapseButton';
import { PanelRail } from '../room/PanelRail';
import { useCollapsed } from '../room/panel-collapse';

function SaveForm() {
  const [name, setName] = useState('');
  const viewing = useHistoryStore((s) => s.view !== null);
  const placeholder = defaultSnapshotName();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveSnapshot(name.trim()).then((ok) => ok && setName(''));
  };
  return (
    <form className="history-section" onSubmit={submit}>
      <h3 className="history-section__title">Save a snapshot</h3>
      <p className="history-section__help">
        Keeps a copy of the map as it is now (for example at the end of a workshop), to look back at, compare with, or
        go back to.
      </p>
      <label className="field">
        <span className="field__label">Name (optional)</span>
        <input value={name} maxLength={200} placeholder={placeholder} onChange={(e) => setName(e.target.value)} />
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={viewing}
        title={viewing ? 'Go back to now first' : undefined}
      >
        Save snapshot
      </button>
    </form>
  );
}

function CompareTwoForm() {
  const snapshots = useHistoryStore((s) => s.snapshots);
  const [first, setFirst] = useState<string>('');
  const [second, setSecond] = useState<string>('');
  if (snapshots.length < 2) return null;
  // Newest first in the list: by default compare the two most recent, older one first.
  const a = first || snapshots[1]!.id;
  const b = second || snapshots[0]!.id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void compareTwo(a as SnapshotId, b as SnapshotId);
  };
  return (
    <form className="history-section" onSubmit={submit}>
      <h3 className="history-section__title">Compare two snapshots</h3>
      <SnapshotSelect label="Earlier" value={a} snapshots={snapshots} onChange={setFirst} />
      <SnapshotSelect label="Later" value={b} snapshots={snapshots} onChange={setSecond} />
      <button
        type="submit"
        className="button"
        disabled={a === b}
        title={a === b ? 'Choose two different snapshots' : undefined}
      >
        Compare
      </button>
    </form>
  );
}

function HistoryBody() {
  const snapshots = useHistoryStore((s) => s.snapshots);
  const view = useHistoryStore((s) => s.view);
  const path = useDocumentStore((s) => s.info?.path);
  useEffect(() => {
    if (path) void refreshSnapshots();
  }, [path]);
  return (
    <>
      {view?.mode === 'compare' && (
        <section className="history-section" aria-label="What changed">
          <h3 className="history-section__title">What changed</h3>
          <ChangesList diff={view.diff} />
        </section>
      )}
      <SaveForm />
      <section className="history-section" aria-label="Snapshots">
        <h3 className="history-section__title">Snapshots ({snapshots.length})</h3>
        {snapshots.length === 0 ? (
          <p className="history-section__empty">
            No snapshots yet. Save one at the end of each workshop to see the network grow.
          </p>
        ) : (
          <ul className="snapshots">
            {snapshots.map((s) => (
              <SnapshotRow key={s.id} snapshot={s} />
            ))}
          </ul>
        )}
      </section>
      <CompareTwoForm />
    </>
  );
}

export function HistoryPanel() {
  const open = useHistoryStore((s) => s.open);
  const collapsed = useCollapsed('history');
  if (!open) return null;
  if (collapsed) return <PanelRail panel="history" side="right" />;
  return (
    <section className="history" role="region" aria-label="History">
      <div className="history__head">
        <h2 className="panel__title">History</h2>
        <CollapseButton panel="history" side="right" />
        <button
          type="button"
          className="icon-button"
          aria-label="Hide the history"
          title="Hide the history"
          onClick={toggleHistory}
        >
          ×
        </button>
      </div>
      <div className="history__body">
        <HistoryBody />
      </div>
    </section>
  );
}
