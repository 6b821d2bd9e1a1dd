// The room bench's own arithmetic: a followed view applies edits in seq order and reloads on a gap; the facilitator's
// painted totals map to the edits they show; latencies count from the acknowledgement and never go below zero.
import { describe, expect, it } from 'vitest';
import { editLatencies, facilitatorShownAt } from '../../../bench/room-figures';
import type { Ack } from '../../../bench/room-links';
import { FollowingView, readFrames, type EditFrame, type MapSnapshot } from '../../../bench/room-stream';

const edit = (seq: number, actorsPut: string[] = [], extra: Partial<EditFrame> = {}): EditFrame => ({
  seq,
  actorsPut,
  actorsDeleted: [],
  tiesPut: [],
  tiesDeleted: [],
  reload: false,
  ...extra,
});

function viewOver(maps: MapSnapshot[]): { view: FollowingView; loads: () => number } {
  let loads = 0;
  const view = new FollowingView(async () => maps[Math.min(loads++, maps.length - 1)]!);
  return { view, loads: () => loads };
}

describe('FollowingView', () => {
  it('applies edits in seq order and drops what the loaded map already has', async () => {
    const { view, loads } = viewOver([{ seq: 3, actorIds: ['a'], tieIds: [] }]);
    view.offer(edit(3, ['old']), 1); // arrived before the map was loaded: the loaded map already has it
    await view.reload();
    view.offer(edit(4, ['b']), 2);
    view.offer(edit(5, ['c'], { actorsDeleted: ['a'] }), 3);
    expect([...view.actors].sort()).toEqual(['b', 'c']);
    expect(view.seq).toBe(5);
    expect(loads()).toBe(1);
    expect(view.arrivedAt.get(5)).toBe(3);
  });

  it('reloads the whole map when the stream skips an edit or says its lists changed', async () => {
    const { view, loads } = viewOver([
      { seq: 1, actorIds: ['a'], tieIds: [] },
      { seq: 7, actorIds: ['a', 'z'], tieIds: ['t'] },
    ]);
    await view.reload();
    view.offer(edit(3, ['c']), 1); // seq 2 never came
    await new Promise((r) => setTimeout(r, 0));
    expect(loads()).toBe(2);
    expect(view.seq).toBe(7);
    expect([...view.ties]).toEqual(['t']);
    expect(view.actors.has('c')).toBe(false);
    view.offer(edit(8, [], { reload: true }), 2);
    await new Promise((r) => setTimeout(r, 0));
    expect(loads()).toBe(3);
  });
});

describe('readFrames', () => {
  it('reads data frames split anywhere across chunks and skips comments', async () => {
    const text = ': still here\n\ndata: {"name":"a","payload":1}\n\ndata: {"name":"b","payload":{"x":2}}\n\n';
    const chunks = [text.slice(0, 20), text.slice(20, 47), text.slice(47)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    });
    const names: string[] = [];
    await readFrames(body, (frame) => names.push(frame.name));
    expect(names).toEqual(['a', 'b']);
  });
});

describe('facilitatorShownAt and editLatencies', () => {
  const acks: Ack[] = [
    { kind: 'actor', id: 'x', seq: 12, sentAt: 90, at: 100 },
    { kind: 'tie', id: 'y', seq: 11, sentAt: 95, at: 105 },
  ];

  it('matches the k-th edit by seq with the first painted total that includes it', () => {
    // Seed total 10: seq 11 is shown at total 11, seq 12 at total 12 (painted together at 130 here).
    const shown = facilitatorShownAt(acks, 10, [
      [10, 50],
      [12, 130],
    ]);
    expect(shown.get(11)).toBe(130);
    expect(shown.get(12)).toBe(130);
    expect(facilitatorShownAt(acks, 10, [[11, 120]]).get(12)).toBeUndefined();
  });

  it('counts from the acknowledgement, never below zero, and takes the slowest view for "every view"', () => {
    const { view } = viewOver([{ seq: 0, actorIds: [], tieIds: [] }]);
    view.arrivedAt.set(12, 98); // heard before the answer came back: 0
    view.arrivedAt.set(11, 140);
    const shown = new Map([
      [12, 160],
      [11, 110],
    ]);
    const lat = editLatencies(acks, [{ view }], shown);
    expect(lat.streams).toEqual([0, 35]);
    expect(lat.page).toEqual([60, 5]);
    expect(lat.every).toEqual([60, 35]);
    expect(lat.everyFromSend).toEqual([70, 45]);
    expect(lat.missing).toBe(0);
    const partial = editLatencies(acks, [{ view: viewOver([]).view }], shown);
    expect(partial.missing).toBe(2);
    expect(partial.every).toEqual([]);
  });
});
