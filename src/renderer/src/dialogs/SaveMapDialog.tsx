// File › New map… and Save a copy as… in browser mode: pick a folder, type a file name.
import { useId, useState, type FormEvent } from 'react';
import { createMapAt, saveCopyAt } from '../state/map-actions';
import { FolderList } from './FolderList';
import { Modal } from './Modal';
import { joinPath, useFolder, withMapExtension } from './use-folder';
import { inBackground } from '../state/in-background';

interface Props {
  mode: 'new' | 'copy';
  suggestedName: string;
  onClose(): void;
}

const BAD_NAME = /[\\/:*?"<>|\0]/;

export function SaveMapDialog({ mode, suggestedName, onClose }: Props) {
  const folder = useFolder();
  const [name, setName] = useState(suggestedName);
  const [busy, setBusy] = useState(false);
  /** The path of an existing file the person is being asked about replacing with the copy. */
  const [replacing, setReplacing] = useState<string | null>(null);
  const nameId = useId();
  const trimmed = name.trim();
  const problem = BAD_NAME.test(trimmed) ? 'A file name cannot contain / \\ : * ? " < > or |.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dir = folder.listing?.path;
    if (!dir || !trimmed || problem) return;
    const path = joinPath(dir, withMapExtension(trimmed));
    setBusy(true);
    if (mode === 'new') {
      const ok = await createMapAt(path, trimmed.replace(/\.caremap$/i, ''));
      setBusy(false);
      if (ok) onClose();
      return;
    }
    const outcome = await saveCopyAt(path);
    setBusy(false);
    if (outcome === 'saved') onClose();
    else if (outcome === 'exists') setReplacing(path);
  };

  const replace = async () => {
    if (!replacing) return;
    setBusy(true);
    const outcome = await saveCopyAt(replacing, true);
    setBusy(false);
    setReplacing(null);
    if (outcome === 'saved') onClose();
  };

  if (replacing) {
    return (
      <Modal title="Replace the existing map?" onClose={() => setReplacing(null)}>
        <div className="modal__form">
          <p role="alert">
            There is already a map called “{withMapExtension(trimmed)}” in that folder. Replacing it puts a copy of this
            map in its place, and what was in it is lost.
          </p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={() => setReplacing(null)} autoFocus>
              Keep it, choose another name
            </button>
            <button type="button" className="button button--danger" onClick={inBackground(replace)} disabled={busy}>
              Replace it
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={mode === 'new' ? 'Start a new map' : 'Save a copy of this map'} onClose={onClose}>
      <section className="modal__section" aria-labelledby="save-where-title">
        <h3 id="save-where-title">Where to put it</h3>
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
              aria-describedby="save-name-help"
              onChange={(e) => setName(e.target.value)}
            />
            <span className="field__suffix">.caremap</span>
          </span>
        </div>
        <p id="save-name-help" className={problem ? 'field__error' : 'field__help'}>
          {problem ??
            (mode === 'new'
              ? 'The map is saved as you work: there is no Save button.'
              : 'You keep working on the original; the copy is a snapshot of it now.')}
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
            {mode === 'new' ? 'Create map' : 'Save copy'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
