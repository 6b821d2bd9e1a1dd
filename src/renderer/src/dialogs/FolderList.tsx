// One folder's contents: a way up, its subfolders, and its map files (openable, or shown for reference).
import type { FolderEntry } from '../../../shared/domain';
import { FolderIcon, MapIcon } from './icons';
import type { FolderState } from './use-folder';

interface Props {
  folder: FolderState;
  /** Given when map files can be picked (Open); otherwise they are listed but inert (New, Save a copy). */
  onPickFile?(entry: FolderEntry): void;
}

export function FolderList({ folder, onPickFile }: Props) {
  const { listing, error, loading, go } = folder;
  return (
    <div className="folder" aria-busy={loading}>
      <div className="folder__where">
        <span className="folder__label">Folder</span>
        <code className="folder__path">
          <bdi dir="ltr">{listing?.path ?? '…'}</bdi>
        </code>
        <button
          type="button"
          className="button button--small"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && go(listing.parent)}
        >
          <span aria-hidden="true">↑</span> Up one folder
        </button>
      </div>
      {error && (
        <p className="folder__error" role="alert">
          {error}
        </p>
      )}
      <ul className="folder__entries" aria-label={listing ? `Contents of ${listing.path}` : 'Folder contents'}>
        {listing?.entries.length === 0 && <li className="folder__empty">This folder has no subfolders or maps.</li>}
        {listing?.entries.map((entry) => (
          <li key={entry.path}>
            {entry.isFolder ? (
              <button type="button" className="folder__entry" onClick={() => go(entry.path)}>
                <FolderIcon />
                {entry.name}
              </button>
            ) : onPickFile ? (
              <button type="button" className="folder__entry folder__entry--map" onClick={() => onPickFile(entry)}>
                <MapIcon />
                {entry.name}
              </button>
            ) : (
              <span className="folder__entry folder__entry--inert">
                <MapIcon />
                {entry.name}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
