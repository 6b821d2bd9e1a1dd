// The view's sequencer: each change set applied once, in sequence order, whether it came as the view's own answer or
// the stream's echo, early ones held, another map's ignored.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChangeSequencer } from '../../../src/renderer/src/state/change-sequencer';
import { parseEventText } from '../../../src/renderer/src/api/event-stream';

const M = 'map1';

describe('ChangeSequencer', () => {
  it('applies in order, once, holding what comes early', () => {
    const applied: number[] = [];
    const s = new ChangeSequencer<number>((n) => applied.push(n));
    s.reset({ mapId: M, seq: 3 });
    expect(s.offer({ mapId: M, seq: 3 }, 3)).toBe('already');
    expect(s.offer({ mapId: M, seq: 5 }, 5)).toBe('held');
    expect(s.waiting).toBe(true);
    expect(s.offer({ mapId: M, seq: 5 }, 5)).toBe('already');
    expect(s.offer({ mapId: M, seq: 4 }, 4)).toBe('applied');
    expect(applied).toEqual([4, 5]);
    expect(s.waiting).toBe(false);
    expect(s.offer({ mapId: M, seq: 4 }, 4)).toBe('already');
    expect(s.mark).toEqual({ mapId: M, seq: 5 });
  });

  it('ignores another map’s change sets, and everything before a map is loaded', () => {
    const applied: number[] = [];
    const s = new ChangeSequencer<number>((n) => applied.push(n));
    expect(s.offer({ mapId: M, seq: 1 }, 1)).toBe('other-map');
    s.reset({ mapId: M, seq: 0 });
    expect(s.offer({ mapId: 'map2', seq: 1 }, 1)).toBe('other-map');
    expect(applied).toEqual([]);
    expect(s.mark).toEqual({ mapId: M, seq: 0 });
  });

  it('for any interleaving of answers and echoes (each edit arriving once or twice), applies 1…n exactly once in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.shuffledSubarray(
              [...Array(n).keys(), ...Array(n).keys()].map((i) => i + 1),
              { minLength: 2 * n, maxLength: 2 * n },
            ),
          ),
        ),
        ([n, arrivals]) => {
          const applied: number[] = [];
          const s = new ChangeSequencer<number>((x) => applied.push(x));
          s.reset({ mapId: M, seq: 0 });
          for (const seq of arrivals) s.offer({ mapId: M, seq }, seq);
          expect(applied).toEqual([...Array(n).keys()].map((i) => i + 1));
          expect(s.waiting).toBe(false);
        },
      ),
    );
  });
});

describe('parseEventText', () => {
  it('splits frames, skips keep-alive comments and damaged frames, and keeps an unfinished frame for later', () => {
    const text =
      'data: {"name":"stream.hello","payload":{"mapId":"m","seq":0}}\n\n: still here\n\ndata: {broken\n\ndata: {"name":"map.cha';
    const { events, rest } = parseEventText(text);
    expect(events).toEqual([{ name: 'stream.hello', payload: { mapId: 'm', seq: 0 } }]);
    expect(rest).toBe('data: {"name":"map.cha');
  });
});
