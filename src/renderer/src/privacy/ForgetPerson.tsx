// The inspector's "Forget this person": a button, then a plain warning that it is for good (not even Undo brings
// them back), what goes (the actor, their ties, their past in the undo history and snapshots) and what does not.
import { useEffect, useRef, useState } from 'react';
import type { Actor, Kind } from '../../../shared/domain';
import { isPeopleKind } from '../../../shared/anonymise';
import { FieldError } from '../forms/FieldError';
import { useCommit } from '../forms/use-commit';
import { useDocumentStore } from '../state/document-store';
import { forgetPerson } from './privacy-actions';
import '../styles/privacy.css';

export function ForgetPerson({ actor, kind }: { actor: Actor; kind: Kind | undefined }) {
  const [asking, setAsking] = useState(false);
  const who = isPeopleKind(kind) ? 'this person' : 'this actor';
  if (asking) return <ForgetPanel actor={actor} onCancel={() => setAsking(false)} />;
  return (
    <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
      {`Forget ${who}…`}
    </button>
  );
}

/** Counts ties only while asking, so the inspector does not walk every tie on each edit. */
function ForgetPanel({ actor, onCancel }: { actor: Actor; onCancel(): void }) {
  const { error, busy, commit } = useCommit();
  const tieCount = useDocumentStore(
    (s) => [...s.ties.values()].filter((t) => t.fromId === actor.id || t.toId === actor.id).length,
  );
  const name = actor.name.trim() || 'this actor';
  const panel = useRef<HTMLDivElement>(null);
  // The warning opens at the foot of a long panel: bring it into view, and its safe choice (Cancel) into focus.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
    panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  return (
    <div
      ref={panel}
      className="remove-panel forget"
      role="alertdialog"
      aria-labelledby="forget-title"
      aria-describedby="forget-message"
    >
      <p id="forget-title" className="forget__title">{`Forget “${name}” for good?`}</p>
      <div id="forget-message" className="remove-panel__message">
        <p>
          {`This removes ${name}${tieCount > 0 ? ` and their ${tieCount === 1 ? 'tie' : `${tieCount} ties`}` : ''} from the map, from the undo history and from every snapshot, and clears them from the file.`}
        </p>
        <p>
          <strong>It cannot be undone</strong>, not even with Undo. Notes on other actors that mention them stay as they
          are, and copies or exports already made are not changed.
        </p>
      </div>
      <FieldError id="forget-error" message={error} />
      <div className="remove-panel__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => void commit(() => forgetPerson(actor.id, name))}
        >
          {busy ? 'Forgetting…' : 'Forget for good'}
        </button>
      </div>
    </div>
  );
}
