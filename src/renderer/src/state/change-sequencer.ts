// Applies a map's change sets in sequence order, each exactly once, whichever way it arrived (own answer or stream).
import type { LiveMark } from '../../../shared/domain';

export type Offered = 'applied' | 'already' | 'held' | 'other-map';

/**
 * A view hears each of its own edits twice (the answer to its call and the stream's echo) and other views' edits
 * once, in any interleaving. Change sets carry whole records, so applying an older one after a newer one would undo
 * it: this applies strictly in sequence, holds anything that arrives early, and reports a gap it cannot fill.
 */
export class ChangeSequencer<T> {
  private mapId: string | null = null;
  private applied = 0;
  private readonly early = new Map<number, T>();

  constructor(private readonly apply: (item: T) => void) {}

  /** A whole map was loaded at `mark`: everything up to it is in the document already. */
  reset(mark: LiveMark | null): void {
    this.mapId = mark?.mapId ?? null;
    this.applied = mark?.seq ?? 0;
    this.early.clear();
  }

  offer(mark: LiveMark, item: T): Offered {
    if (this.mapId === null || mark.mapId !== this.mapId) return 'other-map';
    if (mark.seq <= this.applied || this.early.has(mark.seq)) return 'already';
    if (mark.seq > this.applied + 1) {
      this.early.set(mark.seq, item);
      return 'held';
    }
    this.apply(item);
    this.applied = mark.seq;
    for (let next = this.early.get(this.applied + 1); next !== undefined; next = this.early.get(this.applied + 1)) {
      this.early.delete(this.applied + 1);
      this.apply(next);
      this.applied += 1;
    }
    return 'applied';
  }

  /** True while some change set waits for an earlier one that has not arrived. */
  get waiting(): boolean {
    return this.early.size > 0;
  }

  /** Where this view stands, or null before a map is loaded. */
  get mark(): LiveMark | null {
    return this.mapId === null ? null : { mapId: this.mapId, seq: this.applied };
  }
}
