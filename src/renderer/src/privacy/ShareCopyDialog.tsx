// File › Save a copy to share…: a new map file with no undo history and no snapshots, people anonymised if chosen,
// written fresh so nothing deleted earlier lingers in it. Picks a folder and a name like Save a copy as.
import { useId, useState, type FormEvent } from 'react';
import { EVERYONE_DROPS, PERSON_DROPS } from '../../../shared/anonymise';
import { describeError } from '../state/describe-error';
import { FolderList } from '../dialogs/FolderList';
import { Modal } from '../dialogs/Modal';
import { joinPath, useFolder, withMapExtension } from '../dialogs/use-folder';
import { saveShareCopy } from './privacy-actions';
import '../styles/privacy.css';
import { inBackground } from '../state/in-background';

const BAD_NAME = /[\\/:*?"<>|\0]/;

export function ShareCopyDialog({ mapName, onClose }: { mapName: string; onClose(): void }) {
  const folder = useFolder();
  const [name, setName] = useState(`${mapName} (to share)`);
  const [anonymise, setAnonymise] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const trimmed = name.trim();
  const problem = BAD_NAME.test(trimmed) ? 'A file name cannot contain / \\ : * ? " < > or |.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dir = folder.listing?.path;
    if (!dir || !trimmed || problem) return;
    setBusy(true);
    try {
      await saveShareCopy(joinPath(dir, withMapExtension(trimmed)), anonymise);
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Save a copy to share" onClose={onClose}>
      <p className="modal__section">
        The copy holds the map as it is now and nothing else: no undo history, no snapshots, and nothing you deleted
        before. You keep working on the original.
      </p>
      <section className="modal__section" aria-labelledby="share-where-title">
        <h3 id="share-where-title">Where to put it</h3>
        <FolderList folder={folder} />
      </section>
      <form className="modal__form" onSubmit={inBackground(submit)}>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            File name
          </label>
          <span className="field__with-suffix">
            <input
              id={nameId}
              type="text"
              value={name}
              maxLength={200}
              aria-invalid={!!problem}
              onChange={(e) => setName(e.target.value)}
            />
            <span className="field__suffix">.caremap</span>
          </span>
        </div>
        <label className="share-copy__choice">
          <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
          <span>
            <strong>Anonymise people</strong>
            <span className="share-copy__what">
              {anonymise
                ? `People become “Person 1, 2…”. Left out for them: ${PERSON_DROPS.join('; ')}. For everyone: ${EVERYONE_DROPS.join('; ')}.`
                : 'Everyone keeps their name and details: share this only with people allowed to see them.'}
            </span>
          </span>
        </label>
        <p className={problem || error ? 'field__error' : 'field__help'} role={error ? 'alert' : undefined}>
          {problem ?? error ?? ''}
        </p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!trimmed || !!problem || busy || !folder.listing}
          >
            Save copy to share
          </button>
        </div>
      </form>
    </Modal>
  );
}
