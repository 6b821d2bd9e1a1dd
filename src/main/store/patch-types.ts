// What an undo history entry holds: the records an edit touched, as they were before and after it.
import type { Actor, Taxonomy, Tie } from '../../shared/domain';

/** Records of every collection a map holds: the taxonomy's lists, actors and ties. */
export interface RecordSet extends Taxonomy {
  actors: Actor[];
  ties: Tie[];
}

export type RecordCollection = keyof RecordSet;

/** The ids of records to remove, per collection. */
export type RecordIds = { [K in RecordCollection]: RecordSet[K][number]['id'][] };

/** One write to the map: records to put (insert or replace whole) and records to remove, in every collection. */
export interface RecordChanges {
  put: RecordSet;
  deleted: RecordIds;
}

/**
 * Whole records, not field diffs, so undo and redo are one generic write: undo puts `before` back (and removes what
 * only `after` has), redo does the reverse.
 */
export interface Patch {
  before: RecordSet;
  after: RecordSet;
}

export interface HistoryEntry {
  seq: number;
  label: string;
  patch: Patch;
}
