// Writes an exported file safely: a temporary file beside the target, flushed, then renamed over it, so a full disk or
// a refused write leaves any file already there exactly as it was, and the facilitator is told why in plain words.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full. Free some space, or choose another drive',
  EDQUOT: 'your disk quota is used up. Free some space, or choose another drive',
  EACCES: 'you are not allowed to write there. Choose another folder, such as Documents',
  EPERM:
    'you are not allowed to write there (or the file is open in another program). Close it, or choose another folder',
  EROFS: 'that drive is read-only. Choose another folder',
  ENOENT: 'that folder does not exist. Choose another folder',
  ENOTDIR: 'part of that path is a file, not a folder. Choose another folder',
  EISDIR: 'there is a folder with that name. Choose another name',
  EBUSY: 'the file is open in another program. Close it and try again',
};

function writeFailure(path: string, error: unknown): CaremapError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason = REASONS[code] ?? 'something went wrong while writing it. Try again, or choose another folder';
  const failure = new CaremapError(
    'io-error',
    `Caremap could not save "${basename(path)}": ${reason}. Nothing was changed.`,
    { file: path },
  );
  failure.cause = error;
  return failure;
}

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const path = resolve(target);
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  let fd: number | null = null;
  try {
    // Owner only (0600): exports and reports name vulnerable people, and other users of the computer need not read them.
    fd = openSync(temp, 'wx', 0o600);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was made there (the folder is missing or is a file); nothing to tidy.
    }
    throw writeFailure(path, error);
  }
}
