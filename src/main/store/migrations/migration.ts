// The shape of one schema migration: a number, a name that never changes, and the step forward.
import type { SqliteDatabase } from '../sql-connection';

export interface Migration {
  version: number;
  /** Stored in the file; a different name at the same version means the file came from another branch of Caremap. */
  name: string;
  up(db: SqliteDatabase): void;
}
