// The undo history inside the map file: done entries can be undone, undone entries (always the newest) redone.
import type { HistoryState } from '../../shared/domain';
import type { HistoryEntry, Patch } from './patch-types';
import { parseRecordSet } from './record-schemas';
import type { DbHistoryEntry } from './row-types';
import type { Connection } from './sql-connection';
import { corruptMapError } from './store-errors';

/** Enough for a long workshop; older steps fall off so the file does not grow without end. */
export const DEFAULT_HISTORY_LIMIT = 1000;

// Undo is per person (issue 16): each query reads one author's steps. `author IS ?` matches NULL (the facilitator's
// own views on the laptop) as well as a participant's id.
const LAST_DONE = 'SELECT * FROM history WHERE undone = 0 AND author IS ? ORDER BY seq DESC LIMIT 1';
const FIRST_UNDONE = 'SELECT * FROM history WHERE undone = 1 AND author IS ? ORDER BY seq ASC LIMIT 1';
const LAST_DONE_LABEL = 'SELECT label FROM history WHERE undone = 0 AND author IS ? ORDER BY seq DESC LIMIT 1';
const FIRST_UNDONE_LABEL = 'SELECT label FROM history WHERE undone = 1 AND author IS ? ORDER BY seq ASC LIMIT 1';

/** Who made a step: a joined device's participant id, or null for the facilitator's own views on the laptop. */
export type Author = string | null;

/**
 * The step a later edit may join (history policy, see README "History policy"): an arrow-key burst's nudges of the
 * same actors, or naming the actor a palette drop just added. Session state: kept in memory, so a merge never spans
 * closing the map, and anything else recorded, undone or redone in between ends it.
 */
interface MergeTail {
  seq: number;
  key: string;
}

export class HistoryLog {
  private tail: MergeTail | null = null;

  constructor(
    private readonly conn: Connection,
    private readonly file: string,
    private readonly limit: number = DEFAULT_HISTORY_LIMIT,
  ) {}

  /**
   * Records a new edit by `author`: what they had undone can no longer be redone (others' undone steps stay
   * redoable), and the oldest steps beyond the limit go.
   */
  record(label: string, patch: Patch, mergeKey?: string, author: Author = null): void {
    this.conn.run('DELETE FROM history WHERE undone = 1 AND author IS ?', author);
    this.conn.run(
      'INSERT INTO history (label, before_json, after_json, undone, created_at, author) VALUES (?, ?, ?, 0, ?, ?)',
      label,
      JSON.stringify(patch.before),
      JSON.stringify(patch.after),
      new Date().toISOString(),
      author,
    );
    // The subquery is NULL (nothing deleted) until there are more than `limit` entries.
    this.conn.run(
      'DELETE FROM history WHERE seq < (SELECT seq FROM history ORDER BY seq DESC LIMIT 1 OFFSET ?)',
      this.limit - 1,
    );
    const seq = this.lastDoneSeq();
    this.tail = mergeKey && seq !== null ? { seq, key: mergeKey } : null;
  }

  /** The newest step, if an edit with `key` may still join it (nothing else recorded, undone or redone since). */
  joinable(key: string, author: Author = null): HistoryEntry | null {
    const tail = this.tail;
    if (!tail || tail.key !== key) return null;
    if (this.lastDoneSeq() !== tail.seq || this.firstUndone(author)) return null;
    const last = this.lastDone(author);
    return last?.seq === tail.seq ? last : null;
  }

  /** Rewrites the newest step to include a later edit (see joinable). */
  replaceLast(seq: number, label: string, patch: Patch | null, mergeKey?: string): void {
    // Nudged back to where it started: the joined step changes nothing, so it goes.
    if (!patch) {
      this.conn.run('DELETE FROM history WHERE seq = ?', seq);
      this.tail = null;
      return;
    }
    this.conn.run(
      'UPDATE history SET label = ?, before_json = ?, after_json = ? WHERE seq = ?',
      label,
      JSON.stringify(patch.before),
      JSON.stringify(patch.after),
      seq,
    );
    this.tail = mergeKey ? { seq, key: mergeKey } : null;
  }

  private lastDoneSeq(): number | null {
    return (
      this.conn.get<{ seq: number }>('SELECT seq FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1')?.seq ?? null
    );
  }

  /** The step `author`'s Undo would take back: their own latest, never someone else's. */
  lastDone(author: Author = null): HistoryEntry | null {
    return this.entry(this.conn.get<DbHistoryEntry>(LAST_DONE, author));
  }

  /** The step `author`'s Redo would do again. */
  firstUndone(author: Author = null): HistoryEntry | null {
    return this.entry(this.conn.get<DbHistoryEntry>(FIRST_UNDONE, author));
  }

  markUndone(seq: number, undone: boolean): void {
    this.tail = null;
    this.conn.run('UPDATE history SET undone = ? WHERE seq = ?', undone ? 1 : 0, seq);
  }

  /** The labels of the last `n` done steps, newest first (workshop mode lists them big on screen). */
  recentLabels(n: number): string[] {
    return this.conn
      .all<{ label: string }>('SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT ?', n)
      .map((r) => r.label);
  }

  count(): number {
    return this.conn.get<{ n: number }>('SELECT count(*) AS n FROM history')?.n ?? 0;
  }

  /** What `author`'s Undo and Redo would do. */
  state(author: Author = null): HistoryState {
    // Labels only: the patches can be large and the menu needs none of them.
    const undo = this.conn.get<{ label: string }>(LAST_DONE_LABEL, author);
    const redo = this.conn.get<{ label: string }>(FIRST_UNDONE_LABEL, author);
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  private entry(row: DbHistoryEntry | undefined): HistoryEntry | null {
    if (!row) return null;
    const before = parseRecordSet(row.before_json);
    const after = parseRecordSet(row.after_json);
    if (!before || !after) throw corruptMapError(this.file);
    return { seq: row.seq, label: row.label, patch: { before, after } };
  }
}
