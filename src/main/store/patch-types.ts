// What an undo history entry holds: the records an edit touched, as they were before and after it.
import type { Actor, Tie } from '../../shared/domain';

export interface RecordSet {
  actors: Actor[];
  ties: Tie[];
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
