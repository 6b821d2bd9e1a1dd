// The one error type that crosses the API: a code for programs, a sentence for people, and where it happened.
import type { Actor, Tie } from './domain';

export const ERROR_CODES = [
  'invalid-input', // the request did not match the operation's schema
  'unknown-operation',
  'no-map-open',
  'not-a-map', // the file is not a Caremap map
  'corrupt-map',
  'unexpected-schema', // a map file with tables, triggers or views Caremap did not make (a crafted file)
  'newer-version', // written by a newer Caremap than this one
  'map-in-use', // open in another window or process
  'file-exists',
  'file-not-found',
  'io-error',
  'disk-full', // SQLite or the file system ran out of space; the change was rolled back
  'read-only', // an edit on a map opened read-only (read-only drive, locked file)
  'not-found', // an actor or tie the request names is not in the map
  'in-use', // a taxonomy entry still used by actors or ties, deleted without saying where they go
  'name-taken', // a taxonomy list already has an entry of that name
  'unauthorised',
  'internal',
  'map-changed', // the view asked to change a map that is no longer the one open (switched in another window)
  'stale-edit', // an edit based on an older view of a record that has changed since in the same field, or was deleted
  'bad-spreadsheet', // an import file that is not a spreadsheet, is damaged, protected, empty or has no usable rows
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
}

/** A `stale-edit` refusal's records as they are now in the file, so the view can show them (and already has them). */
export interface CurrentRecords {
  actors: Actor[];
  ties: Tie[];
}

export interface CaremapErrorData {
  code: ErrorCode;
  message: string;
  where?: ErrorLocation;
  current?: CurrentRecords;
}

export class CaremapError extends Error {
  readonly code: ErrorCode;
  readonly where?: ErrorLocation;
  readonly current?: CurrentRecords;

  constructor(code: ErrorCode, message: string, where?: ErrorLocation, current?: CurrentRecords) {
    super(message);
    this.name = 'CaremapError';
    this.code = code;
    this.where = where;
    this.current = current;
  }

  toData(): CaremapErrorData {
    const data: CaremapErrorData = { code: this.code, message: this.message };
    if (this.where) data.where = this.where;
    if (this.current) data.current = this.current;
    return data;
  }

  static fromData(data: CaremapErrorData): CaremapError {
    return new CaremapError(data.code, data.message, data.where, data.current);
  }
}

export function isCaremapErrorData(value: unknown): value is CaremapErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CaremapErrorData).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as CaremapErrorData).code) &&
    typeof (value as CaremapErrorData).message === 'string'
  );
}
