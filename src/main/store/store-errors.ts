// The errors a map file can raise, worded for the person who chose the file.
import { basename } from 'node:path';
import { CaremapError } from '../../shared/errors';

function quoted(file: string): string {
  return `“${basename(file)}”`;
}

export function notAMapError(file: string): CaremapError {
  return new CaremapError('not-a-map', `${quoted(file)} is not a Caremap map.`, { file });
}

export function corruptMapError(file: string): CaremapError {
  return new CaremapError(
    'corrupt-map',
    `${quoted(file)} is damaged and cannot be opened. Open a copy or a backup of it instead.`,
    { file },
  );
}

export function newerVersionError(file: string): CaremapError {
  return new CaremapError(
    'newer-version',
    `${quoted(file)} was made by a newer version of Caremap. Update Caremap to open it.`,
    { file },
  );
}

/**
 * A file with a trigger, view, table or index Caremap did not make: another program changed it, perhaps to undo
 * deletions or copy names somewhere hidden. Opening it would run that code on every edit, so it is refused.
 */
export function unexpectedSchemaError(file: string, what: string): CaremapError {
  return new CaremapError(
    'unexpected-schema',
    `${quoted(file)} was not opened: it holds ${what} that Caremap did not put there, so another program has changed it. ` +
      'Open a backup of the map, or ask whoever sent it for a fresh copy.',
    { file },
  );
}

export function mapInUseError(file: string): CaremapError {
  return new CaremapError('map-in-use', `${quoted(file)} is open in another Caremap window. Close it there first.`, {
    file,
  });
}

export function fileNotFoundError(file: string): CaremapError {
  return new CaremapError('file-not-found', `${quoted(file)} could not be found. It may have been moved or deleted.`, {
    file,
  });
}

export function fileExistsError(file: string): CaremapError {
  return new CaremapError('file-exists', `${quoted(file)} already exists. Choose another name.`, { file });
}

/** "Save a copy as" onto an existing file: the renderer asks, then calls again with replace: true. */
export function replaceFileError(file: string): CaremapError {
  return new CaremapError('file-exists', `${quoted(file)} already exists. Replace it, or choose another name.`, {
    file,
  });
}

/** An edit on a map opened read-only (read-only drive or locked file). */
export function readOnlyMapError(file: string): CaremapError {
  return new CaremapError(
    'read-only',
    `${quoted(file)} is read-only (it is on a read-only drive, or the file is locked), so it cannot be changed. ` +
      'You can still look at it, export it, or save a copy somewhere else and work on the copy.',
    { file },
  );
}

/** SQLite said the disk is full: its transaction was rolled back, so every earlier change is still in the file. */
export function diskFullError(file?: string): CaremapError {
  return new CaremapError(
    'disk-full',
    'The disk is full, so Caremap could not save that change. Nothing was lost: the map is as it was before it. ' +
      'Free some space on the disk and try again.',
    file ? { file } : undefined,
  );
}

export function isDiskFullError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export function isReadOnlyError(error: unknown): boolean {
  return (sqliteErrorCode(error) ?? '').startsWith('SQLITE_READONLY');
}

/** What SQLite or the file system threw while writing a map, as the sentence the person should see; else unchanged. */
export function translateWriteError(error: unknown, file?: string): unknown {
  if (error instanceof CaremapError) return error;
  if (isDiskFullError(error)) return diskFullError(file);
  if (isReadOnlyError(error) && file) return readOnlyMapError(file);
  return error;
}

/** `cause` keeps the system's own error for logs; the person sees the sentence. */
export function ioError(file: string, what: string, cause?: unknown): CaremapError {
  const error = new CaremapError(
    'io-error',
    `Caremap could not ${what} ${quoted(file)}. Check the folder exists and you may write to it.`,
    {
      file,
    },
  );
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** SQLite's result codes, as better-sqlite3 reports them, sorted into what they mean for a map file. */
export function sqliteErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return null;
}

export function isLockedError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

export function isCorruptionError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}
