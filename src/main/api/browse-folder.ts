// Lists a folder for the in-app file browser (browser mode has no native dialog): sub-folders, then maps.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FolderEntry, FolderListing } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { MAP_FILE_EXTENSION } from '../store';

const byName = (a: FolderEntry, b: FolderEntry) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

function isFolder(entry: Dirent, path: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link
  }
}

/** Only plain files (or links to them) are offered as maps: a FIFO or device named *.caremap would hang on open. */
function isPlainFile(entry: Dirent, path: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readFolder(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CaremapError('file-not-found', 'That folder could not be found.', { file: path });
    if (code === 'ENOTDIR') throw new CaremapError('invalid-input', 'That is a file, not a folder.', { file: path });
    throw new CaremapError('io-error', 'Caremap may not look inside that folder.', { file: path });
  }
}

export function browseFolder(folder: string): FolderListing {
  const path = resolve(folder);
  const folders: FolderEntry[] = [];
  const maps: FolderEntry[] = [];
  for (const entry of readFolder(path)) {
    if (entry.name.startsWith('.')) continue; // hidden files, and our own temporary files
    const full = join(path, entry.name);
    if (isFolder(entry, full)) folders.push({ name: entry.name, path: full, isFolder: true });
    else if (entry.name.toLowerCase().endsWith(MAP_FILE_EXTENSION) && isPlainFile(entry, full))
      maps.push({ name: entry.name, path: full, isFolder: false });
  }
  const parent = dirname(path);
  return { path, parent: parent === path ? null : parent, entries: [...folders.sort(byName), ...maps.sort(byName)] };
}
