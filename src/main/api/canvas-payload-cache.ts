// The packed canvas a window draws from (shared/canvas-pack.ts), read and packed once per state of the file: every
// window, reload and room device asking for the same map gets the same columns, and the opening of a map reads
// it once for both "remember this map" and the window's first map.current (at 20,000 actors reading and packing
// took 0.16–0.27 s of the first render, issue 17). Keyed by the store and its write stamp, so any write makes the
// next answer a fresh read: a stale map is never sent.
import type { CanvasDocument } from '../../shared/canvas-records';
import { packCanvasDocument, type CanvasPayload } from '../../shared/canvas-pack';
import type { MapStore } from '../store';

/** What the cache keeps: everything but the parts that differ per caller and per published edit. */
export type CachedCanvas = Omit<CanvasPayload, 'history' | 'live'>;

export class CanvasPayloadCache {
  private kept: { store: MapStore; stamp: string; canvas: CachedCanvas } | null = null;
  /** How many times the file was read and packed (for tests: a hit reads nothing). */
  reads = 0;

  /** The packed canvas of `store` as it is now: from the cache when nothing was written since, else read afresh. */
  canvasOf(store: MapStore): CachedCanvas {
    const stamp = store.writeStamp();
    if (this.kept?.store === store && this.kept.stamp === stamp) return this.kept.canvas;
    return this.remember(store, store.canvasDocument(), stamp);
  }

  /** Keeps a document just read from `store` (at `stamp`, taken with no write in between) and answers it packed. */
  remember(store: MapStore, doc: CanvasDocument, stamp = store.writeStamp()): CachedCanvas {
    // history and live are the caller's, not the file's: payload() adds them per call.
    const { history, live, ...canvas } = packCanvasDocument(doc);
    this.reads++;
    this.kept = { store, stamp, canvas };
    return canvas;
  }

  forget(): void {
    this.kept = null;
  }
}
