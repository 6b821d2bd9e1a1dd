// Decides whether a file is a healthy Caremap map without writing to it: header bytes first, then a read-only look.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID_OFFSET, CAREMAP_APPLICATION_ID, HEADER_LENGTH, SQLITE_HEADER } from './file-format';
import { isKnownHistory, readAppliedMigrations } from './migrate';
import { checkSchema } from './expected-schema';
import { imageWithWal } from './wal-image';
import { distrustSchema, openSqlite, type SqliteDatabase, type SqliteOpenOptions } from './sql-connection';
import {
  corruptMapError,
  fileNotFoundError,
  ioError,
  isCorruptionError,
  isLockedError,
  mapInUseError,
  newerVersionError,
  notAMapError,
} from './store-errors';
import { CaremapError } from '../../shared/errors';

/** Opening a FIFO for reading waits for a writer forever; O_NONBLOCK returns at once (it changes nothing for files). */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function readHeader(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_WITHOUT_WAITING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fileNotFoundError(path);
    if (code === 'EISDIR') throw notAMapError(path);
    throw ioError(path, 'read', error);
  }
  try {
    // Only a plain file can be a map: a FIFO, device or socket named *.caremap would block or never end.
    if (!fstatSync(fd).isFile()) throw notAMapError(path);
  } catch (error) {
    closeSync(fd);
    throw error instanceof CaremapError ? error : ioError(path, 'read', error);
  }
  try {
    const header = Buffer.alloc(HEADER_LENGTH);
    const length = readSync(fd, header, 0, HEADER_LENGTH, 0);
    return header.subarray(0, length);
  } catch {
    // A folder opened as a file fails here on some systems rather than at open.
    throw notAMapError(path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks the bytes before SQLite sees the file, so a text file or someone else's database is never opened by SQLite
 * (which could leave journal files beside it).
 */
export function checkMapHeader(path: string): void {
  const header = readHeader(path);
  if (header.length < SQLITE_HEADER.length || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    throw notAMapError(path);
  }
  if (header.length < HEADER_LENGTH) throw corruptMapError(path);
  if (header.readUInt32BE(APPLICATION_ID_OFFSET) !== CAREMAP_APPLICATION_ID) throw notAMapError(path);
}

function folderIsWritable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Above this, reading the whole file into memory costs more than the side files a read-only connection leaves. */
const LARGEST_IN_MEMORY_CHECK = 256 * 1024 * 1024;

/**
 * A cleanly closed map (no -wal beside it) is checked from an in-memory image: even a read-only SQLite connection to a
 * WAL file creates -shm and -wal files, and the check must leave no trace. With a -wal present (open elsewhere, or
 * after a crash) the file itself is opened read-only, so a held lock shows as 'map-in-use' and a crash's WAL is read.
 */
function openForInspection(path: string, options: SqliteOpenOptions): SqliteDatabase {
  if (!canOpenAsImage(path)) {
    // A -wal on a drive Caremap cannot write: SQLite could not make its -shm there, so read a private copy instead.
    if (existsSync(`${path}-wal`) && !folderIsWritable(path))
      return openMapImage(path, options, imageWithWal(path, options));
    return openSqlite(path, { ...options, readonly: true });
  }
  return openMapImage(path, { ...options, readonly: true });
}

/** Whether a map can be read whole into memory (no -wal beside it to replay, and not too large). */
export function canOpenAsImage(path: string): boolean {
  return !existsSync(`${path}-wal`) && statSync(path).size <= LARGEST_IN_MEMORY_CHECK;
}

/** The map's bytes (`bytes`, else read from `path`) as an in-memory database: nothing it does is ever written back to the file. */
export function openMapImage(path: string, options: SqliteOpenOptions, bytes?: Buffer): SqliteDatabase {
  const image = bytes ?? readFileSync(path);
  // Header bytes 18–19 say "WAL"; an in-memory image cannot be in WAL mode, so the copy says "rollback journal".
  image[18] = 1;
  image[19] = 1;
  return distrustSchema(
    new Database(image, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }),
  );
}

function checkContents(path: string, options: SqliteOpenOptions): void {
  const db = openForInspection(path, options);
  try {
    const applicationId = db.pragma('application_id', { simple: true });
    if (applicationId !== CAREMAP_APPLICATION_ID) throw notAMapError(path);
    const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') throw corruptMapError(path);
    const applied = readAppliedMigrations(db);
    if (applied === null || applied.length === 0) throw corruptMapError(path);
    if (!isKnownHistory(applied)) throw newerVersionError(path);
    checkSchema(db, path, applied.length);
  } finally {
    db.close();
  }
}

/** Throws the CaremapError that explains why `path` cannot be opened as a map; returns when it can. */
export function inspectMapFile(path: string, options: SqliteOpenOptions = {}): void {
  checkMapHeader(path);
  const hadWal = existsSync(`${path}-wal`);
  try {
    checkContents(path, options);
  } catch (error) {
    const reason = translateOpenError(error, path);
    // Another window may have opened the map while we read it, leaving a torn image: ask the file itself once more.
    if (reason.code === 'corrupt-map' && !hadWal && existsSync(`${path}-wal`)) return inspectMapFile(path, options);
    throw reason;
  }
}

/** Turns what SQLite threw while opening a map into the sentence the person should see. */
export function translateOpenError(error: unknown, path: string): CaremapError {
  if (error instanceof CaremapError) return error;
  if (isLockedError(error)) return mapInUseError(path);
  if (isCorruptionError(error)) return corruptMapError(path);
  return ioError(path, 'open', error);
}
