// The one error type that crosses the API: a code for programs, a sentence for people, and where it happened.

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

export interface CaremapErrorData {
  code: ErrorCode;
  message: string;
  where?: ErrorLocation;
}

export class CaremapError extends Error {
  readonly code: ErrorCode;
  readonly where?: ErrorLocation;

  constructor(code: ErrorCode, message: string, where?: ErrorLocation) {
    super(message);
    this.name = 'CaremapError';
    this.code = code;
    this.where = where;
  }

  toData(): CaremapErrorData {
    return this.where
      ? { code: this.code, message: this.message, where: this.where }
      : { code: this.code, message: this.message };
  }

  static fromData(data: CaremapErrorData): CaremapError {
    return new CaremapError(data.code, data.message, data.where);
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
