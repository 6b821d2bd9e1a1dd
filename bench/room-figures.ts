// The room bench's arithmetic: when the facilitator's page showed each acknowledged edit, and the latencies from each
// acknowledgement to each view.
import type { Ack } from './room-links';
import type { FollowingView } from './room-stream';
import { percentile } from './stats';

/**
 * When the facilitator's document showed each acknowledged edit (seq → wall-clock ms). Participants only add, and a
 * view applies edits in seq order, so the edit with the k-th smallest seq is shown once the page's total of actors +
 * ties reaches seedTotal + k; `totals` are [total, time painted] in the order the page saw them.
 */
export function facilitatorShownAt(
  acks: readonly Ack[],
  seedTotal: number,
  totals: readonly [number, number][],
): Map<number, number> {
  const bySeq = [...acks].sort((a, b) => a.seq - b.seq);
  const shown = new Map<number, number>();
  let t = 0;
  bySeq.forEach((ack, k) => {
    const needed = seedTotal + k + 1;
    while (t < totals.length && totals[t]![0] < needed) t++;
    if (t < totals.length) shown.set(ack.seq, totals[t]![1]);
  });
  return shown;
}

export interface Latencies {
  /** One sample per (edit, participant stream). */
  streams: number[];
  /** One sample per edit: ack → the facilitator's page painted it. */
  page: number[];
  /** One sample per edit: ack → the last of all views had it. */
  every: number[];
  /** The same from the moment the request was sent: the wait a person at the phone and at the wall sees in all. */
  everyFromSend: number[];
  /** (edit, view) pairs where the view got the edit only by reloading the whole map, not from its stream. */
  missing: number;
}

/**
 * Latency from the acknowledgement reaching the participant who made the edit to the edit reaching a view. A view that
 * heard it before the answer arrived (the stream can beat the HTTP answer) counts 0: it was already there.
 */
export function editLatencies(
  acks: readonly Ack[],
  views: readonly { view: FollowingView }[],
  pageShownAt: ReadonlyMap<number, number>,
): Latencies {
  const out: Latencies = { streams: [], page: [], every: [], everyFromSend: [], missing: 0 };
  for (const ack of acks) {
    let slowest = 0;
    let lastAt = ack.sentAt;
    let complete = true;
    for (const { view } of views) {
      const at = view.arrivedAt.get(ack.seq);
      if (at === undefined) {
        out.missing++;
        complete = false;
        continue;
      }
      const ms = Math.max(0, at - ack.at);
      lastAt = Math.max(lastAt, at);
      out.streams.push(ms);
      slowest = Math.max(slowest, ms);
    }
    const shown = pageShownAt.get(ack.seq);
    if (shown === undefined) {
      out.missing++;
      complete = false;
    } else {
      const ms = Math.max(0, shown - ack.at);
      lastAt = Math.max(lastAt, shown);
      out.page.push(ms);
      slowest = Math.max(slowest, ms);
    }
    if (complete) {
      out.every.push(slowest);
      out.everyFromSend.push(lastAt - ack.sentAt);
    }
  }
  return out;
}

export function summary(values: readonly number[]): { p50: number; p95: number; max: number } {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? values.reduce((a, b) => Math.max(a, b), 0) : Number.NaN,
  };
}
