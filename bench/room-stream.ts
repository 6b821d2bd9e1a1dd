// The room bench's view of one participant's device: reads a change stream (server-sent events over fetch, as the
// pages do) and keeps the ids of the actors and ties it knows, in seq order, reloading the whole map on a gap.

/** One frame of a change stream: `data: {"name": …, "payload": …}` (same framing on /events and the room's stream). */
export interface StreamFrame {
  name: string;
  payload: unknown;
}

/** What the view needs from whichever way the device is connected (loopback view or joined device). */
export interface MapSnapshot {
  seq: number;
  actorIds: string[];
  tieIds: string[];
}

/** The records one published edit put or removed, read from either stream's event. */
export interface EditFrame {
  seq: number;
  actorsPut: string[];
  actorsDeleted: string[];
  tiesPut: string[];
  tiesDeleted: string[];
  /** The device must fetch the whole map again (the room's `reload`). */
  reload: boolean;
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable with a page's performance.timeOrigin + now(). */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/** Reads `data:` frames from a fetch body until it ends or `signal` aborts; calls `onFrame` with the arrival time. */
export async function readFrames(
  body: ReadableStream<Uint8Array>,
  onFrame: (frame: StreamFrame, at: number) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  let buffered = '';
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const at = wallNow();
      buffered += decoder.decode(value, { stream: true });
      let end = buffered.indexOf('\n\n');
      while (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        if (data) onFrame(JSON.parse(data) as StreamFrame, at);
        end = buffered.indexOf('\n\n');
      }
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
}

/**
 * The ids a device holds, following its stream: an edit is applied only as the next seq; one that skips ahead is
 * held while the device reloads the whole map (as the renderer's sequencer does after its wait).
 */
export class FollowingView {
  readonly actors = new Set<string>();
  readonly ties = new Set<string>();
  seq = -1;
  reloads = 0;
  /** seq → when this device's stream delivered that edit (wall clock ms). */
  readonly arrivedAt = new Map<number, number>();
  private held: EditFrame[] = [];
  private loading: Promise<void> | null = null;

  constructor(private readonly load: () => Promise<MapSnapshot>) {}

  /** Loads the whole map (at the start, and after a gap or a `reload`). */
  reload(): Promise<void> {
    this.loading ??= (async () => {
      const map = await this.load();
      this.reloads++;
      this.actors.clear();
      this.ties.clear();
      map.actorIds.forEach((id) => this.actors.add(id));
      map.tieIds.forEach((id) => this.ties.add(id));
      this.seq = map.seq;
      this.loading = null;
      this.drain();
    })();
    return this.loading;
  }

  /** An edit arrived on the stream at `at`. */
  offer(edit: EditFrame, at: number): void {
    if (!this.arrivedAt.has(edit.seq)) this.arrivedAt.set(edit.seq, at);
    this.held.push(edit);
    if (!this.loading) this.drain();
  }

  private drain(): void {
    this.held.sort((a, b) => a.seq - b.seq);
    while (this.held.length > 0) {
      const next = this.held[0]!;
      if (next.seq <= this.seq) {
        this.held.shift(); // already in the loaded map
        continue;
      }
      if (next.seq !== this.seq + 1 || next.reload) {
        // A gap (or the room says its lists changed): the stream lost something, so load the whole map again.
        if (next.reload) this.held.shift();
        void this.reload();
        return;
      }
      this.held.shift();
      next.actorsPut.forEach((id) => this.actors.add(id));
      next.actorsDeleted.forEach((id) => this.actors.delete(id));
      next.tiesPut.forEach((id) => this.ties.add(id));
      next.tiesDeleted.forEach((id) => this.ties.delete(id));
      this.seq = next.seq;
    }
  }
}
