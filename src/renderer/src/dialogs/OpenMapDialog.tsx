// File › Open… in browser mode: recent maps first, then a folder browser, or a typed path.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { RecentMap } from '../../../shared/domain';
import { openMapAt } from '../state/map-actions';
import { FolderList } from './FolderList';
import { MapIcon } from './icons';
import { Modal } from './Modal';
import { useFolder } from './use-folder';

export function OpenMapDialog({ onClose }: { onClose(): void }) {
  const folder = useFolder();
  const [recent, setRecent] = useState<RecentMap[]>([]);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const pathId = useId();

  useEffect(() => {
    api['map.recent']({}).then(setRecent, () => setRecent([]));
  }, []);

  const open = async (target: string) => {
    setBusy(true);
    const ok = await openMapAt(target);
    setBusy(false);
    if (ok) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void open(path.trim());
  };

  return (
    <Modal title="Open a map" onClose={onClose}>
      {recent.length > 0 && (
        <section className="modal__section" aria-labelledby="open-recent-title">
          <h3 id="open-recent-title">Recent maps</h3>
          <ul className="folder__entries folder__entries--recent">
            {recent.slice(0, 5).map((map) => (
              <li key={map.path}>
                <button
                  type="button"
                  className="folder__entry folder__entry--map"
                  title={map.path}
                  onClick={() => void open(map.path)}
                >
                  <MapIcon />
                  <span>{map.name}</span>
                  <span className="folder__detail">
                    <bdi dir="ltr">{map.path}</bdi>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="modal__section" aria-labelledby="open-browse-title">
        <h3 id="open-browse-title">Find a map file</h3>
        <FolderList folder={folder} onPickFile={(entry) => void open(entry.path)} />
      </section>
      <form className="modal__form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={pathId}>
            Map file path
          </label>
          <input
            id={pathId}
            type="text"
            value={path}
            placeholder="/home/me/Maps/Our network.caremap"
            onChange={(e) => setPath(e.target.value)}
          />
        </div>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!path.trim() || busy}>
            Open
          </button>
        </div>
      </form>
    </Modal>
  );
}
