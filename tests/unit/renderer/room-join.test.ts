// The participant's pages, their pure parts: the map copy following the room's stream in seq order, the join and
// contribution forms' checks, the stream's framing, the phone map's frame, and where the device token is kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RoomActor, RoomChangedEvent, RoomMap, RoomTie } from '../../../src/shared/room';
import { applyRoomChange, showOwnActor } from '../../../src/renderer/src/room-join/room-sequence';
import { checkJoin, codeFromHash, normaliseCode } from '../../../src/renderer/src/room-join/join-form';
import { checkActor, checkOffer, checkTie, searchActors } from '../../../src/renderer/src/room-join/contribution-forms';
import { parseRoomEvents } from '../../../src/renderer/src/room-join/room-stream';
import { fittedLook, frameFor, PAD, zoomed } from '../../../src/renderer/src/room-join/map-frame';
import {
  forgetDeviceSession,
  loadDeviceSession,
  saveDeviceSession,
  wantsFullApp,
} from '../../../src/renderer/src/room-join/device-token';

const actor = (id: string, name = id, x = 0, y = 0): RoomActor => ({ id, name, kindId: 'k1', x, y, offers: [] });
const tie = (id: string, fromId: string, toId: string): RoomTie => ({
  id,
  fromId,
  toId,
  tieTypeId: null,
  direction: 'none',
});

function roomMap(seq: number, actors: RoomActor[] = [], ties: RoomTie[] = []): RoomMap {
  return {
    mapName: 'Riverside',
    seq,
    mode: 'open',
    you: { participantId: 'p1', name: 'Sam', role: 'contributor' },
    actors,
    ties,
    kinds: [{ id: 'k1', name: 'Neighbour', colour: '#f00', shape: 'circle' }],
    tieTypes: [],
    offers: ['Lifts'],
  };
}

const change = (seq: number, parts: Partial<RoomChangedEvent> = {}): RoomChangedEvent => ({
  seq,
  actorsPut: [],
  actorsDeleted: [],
  tiesPut: [],
  tiesDeleted: [],
  reload: false,
  ...parts,
});

describe('applyRoomChange', () => {
  it('applies the next change: puts replace or add, deletes remove, and a deleted actor takes its ties', () => {
    const map = roomMap(4, [actor('a'), actor('b'), actor('c')], [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')]);
    const result = applyRoomChange(
      map,
      change(5, { actorsPut: [actor('a', 'Ada'), actor('d')], actorsDeleted: ['c'], tiesPut: [tie('t3', 'a', 'd')] }),
    );
    expect(result.kind).toBe('applied');
    if (result.kind !== 'applied') return;
    expect(result.map.seq).toBe(5);
    expect(result.map.actors.map((a) => [a.id, a.name])).toEqual([
      ['a', 'Ada'],
      ['b', 'b'],
      ['d', 'd'],
    ]);
    expect(result.map.ties.map((t) => t.id)).toEqual(['t1', 't3']);
  });

  it('ignores what it already has, and asks for the whole map after a gap or a change of lists', () => {
    const map = roomMap(7, [actor('a')]);
    expect(applyRoomChange(map, change(7, { actorsDeleted: ['a'] })).kind).toBe('already');
    expect(applyRoomChange(map, change(3)).kind).toBe('already');
    expect(applyRoomChange(map, change(9)).kind).toBe('refetch');
    expect(applyRoomChange(map, change(8, { reload: true })).kind).toBe('refetch');
  });

  it('own additions show at once without moving seq, so the stream’s earlier changes still apply', () => {
    const map = showOwnActor(roomMap(2, [actor('a')]), actor('n', 'New'));
    expect(map.seq).toBe(2);
    expect(map.actors.map((a) => a.id)).toEqual(['a', 'n']);
    const next = applyRoomChange(map, change(3, { actorsPut: [actor('x')] }));
    expect(next.kind === 'applied' && next.map.actors.map((a) => a.id)).toEqual(['a', 'n', 'x']);
  });

  it('in any order of delivery, applied changes end in the same map as applying them in order', () => {
    // Each change puts one actor; delivering them shuffled, with refetch answered by the sender's full state.
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6], { minLength: 6, maxLength: 6 }), (order) => {
        const events = [1, 2, 3, 4, 5, 6].map((seq) => change(seq, { actorsPut: [actor(`a${seq}`)] }));
        const truth = roomMap(
          6,
          events.map((e) => e.actorsPut[0]!),
        );
        let copy = roomMap(0);
        for (const seq of order) {
          const result = applyRoomChange(copy, events[seq - 1]!);
          if (result.kind === 'applied') copy = result.map;
          if (result.kind === 'refetch')
            copy = roomMap(
              seq,
              events.slice(0, seq).map((e) => e.actorsPut[0]!),
            );
        }
        expect(copy.seq).toBe(6);
        expect(new Set(copy.actors.map((a) => a.id))).toEqual(new Set(truth.actors.map((a) => a.id)));
      }),
    );
  });
});

describe('join form', () => {
  it('takes the code from a scanned QR code’s address, tidied', () => {
    expect(codeFromHash('#code=ab3-k9q')).toBe('AB3K9Q');
    expect(codeFromHash('#x=1&code=K7%20P2')).toBe('K7P2');
    expect(codeFromHash('')).toBe('');
    expect(codeFromHash('#code=%E0%A4')).toBe('');
    expect(normaliseCode(' q4 7-z ')).toBe('Q47Z');
  });

  it('asks for the code and a name, in sentences', () => {
    expect(checkJoin({ code: '', name: '' })).toEqual({
      code: 'Type the code shown on the facilitator’s screen.',
      name: 'Type your name, so the facilitator knows who is adding to the map.',
    });
    expect(checkJoin({ code: 'AB!', name: 'Sam' }).code).toMatch(/only letters and numbers/);
    expect(checkJoin({ code: 'ab 12', name: 'x'.repeat(61) }).name).toMatch(/shorter name/);
    expect(checkJoin({ code: 'ab-12', name: '  Sam ' })).toEqual({});
  });
});

describe('contribution forms', () => {
  const map = roomMap(1, [actor('a', 'Ada Obi'), actor('b', 'Bob Stone'), actor('c', 'Łucja Nowak')]);

  it('checks an actor: a name and one of the map’s kinds', () => {
    expect(checkActor({ name: ' ', kindId: 'k1' }, map)).toMatch(/Type a name/);
    expect(checkActor({ name: 'Cleo', kindId: 'nope' }, map)).toMatch(/what kind/);
    expect(checkActor({ name: 'Cleo', kindId: 'k1' }, map)).toBeNull();
  });

  it('checks a tie: two different actors of the map', () => {
    expect(checkTie({ fromId: 'a', toId: '' }, map)).toMatch(/both/);
    expect(checkTie({ fromId: 'a', toId: 'a' }, map)).toMatch(/two different/);
    expect(checkTie({ fromId: 'a', toId: 'b' }, map)).toBeNull();
  });

  it('checks an offer: an actor of the map and an offer named', () => {
    expect(checkOffer({ actorId: 'zz', offer: 'Lifts' }, map)).toMatch(/who offers/);
    expect(checkOffer({ actorId: 'a', offer: '  ' }, map)).toMatch(/what they offer/);
    expect(checkOffer({ actorId: 'a', offer: 'Meals' }, map)).toBeNull();
  });

  it('finds actors by any part of the name, ignoring case and accents, starts of names first', () => {
    expect(searchActors(map.actors, 'lucja').map((a) => a.id)).toEqual(['c']);
    expect(searchActors(map.actors, 'o').map((a) => a.name)).toEqual(['Ada Obi', 'Bob Stone', 'Łucja Nowak']);
    expect(searchActors(map.actors, 'b').map((a) => a.name)).toEqual(['Bob Stone', 'Ada Obi']);
    expect(searchActors(map.actors, 'stone bob').map((a) => a.id)).toEqual(['b']);
    expect(searchActors(map.actors, '', 2)).toHaveLength(2);
  });
});

describe('room stream framing', () => {
  it('reads { name, payload } frames and event: lines, keeps the unfinished rest, skips the unknown', () => {
    const text =
      'data: {"name":"room.mode","payload":{"mode":"paused"}}\n\n' +
      ': still here\n\n' +
      'event: room.ended\ndata: {"reason":"stopped"}\n\n' +
      'data: {"name":"map.changed","payload":{}}\n\n' +
      'data: {broken\n\n' +
      'data: {"name":"room.changed","pay';
    const { events, rest } = parseRoomEvents(text);
    expect(events).toEqual([
      { name: 'room.mode', data: { mode: 'paused' } },
      { name: 'room.ended', data: { reason: 'stopped' } },
    ]);
    expect(rest).toBe('data: {"name":"room.changed","pay');
  });
});

describe('phone map frame', () => {
  const actors = [actor('a', 'A', 0, 0), actor('b', 'Tenants Association', 1000, 400), actor('c', 'C', 300, -200)];
  const screen = { width: 360, height: 340 };
  const onScreen = (frame: ReturnType<typeof frameFor>, a: RoomActor) => ({
    x: (a.x - frame.viewBox[0]) * frame.scale,
    y: (a.y - frame.viewBox[1]) * frame.scale,
  });

  it('fits every dot inside the screen, clear of the zoom buttons, with room for the longest name', () => {
    const frame = frameFor(actors, fittedLook(actors), screen);
    for (const a of actors) {
      const p = onScreen(frame, a);
      expect(p.x).toBeGreaterThanOrEqual(PAD.left - 0.01);
      expect(p.y).toBeGreaterThanOrEqual(PAD.top - 0.01);
      expect(p.y).toBeLessThanOrEqual(screen.height - PAD.bottom + 0.01);
      // The rightmost dot leaves its name's room plus the buttons' column.
      expect(p.x + 'Tenants Association'.length * 7).toBeLessThanOrEqual(screen.width - PAD.right + 0.01);
    }
    expect(frame.viewBox[2] * frame.scale).toBeCloseTo(screen.width);
  });

  it('zooms by the factor asked, within limits, and never blows up a one-actor map', () => {
    const fit = frameFor(actors, fittedLook(actors), screen);
    const closer = frameFor(actors, zoomed(fittedLook(actors), 4), screen);
    expect(closer.scale).toBeCloseTo(fit.scale * 4);
    expect(zoomed(fittedLook(actors), 1000).zoom).toBe(12);
    expect(frameFor([actor('x')], fittedLook([actor('x')]), screen).scale).toBeLessThanOrEqual(1.5);
  });
});

describe('device token', () => {
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, value),
    };
  }

  it('a contributor’s token stays with the room; a co-facilitator’s also becomes the full app’s key', () => {
    const storage = memoryStorage();
    saveDeviceSession({ token: 't1', role: 'contributor' }, storage);
    expect(loadDeviceSession(storage)).toEqual({ token: 't1', role: 'contributor' });
    expect(storage.getItem('caremap.token')).toBeNull();
    expect(wantsFullApp(storage)).toBe(false);
    saveDeviceSession({ token: 't1', role: 'co-facilitator' }, storage);
    expect(storage.getItem('caremap.token')).toBe('t1');
    expect(wantsFullApp(storage)).toBe(true);
    forgetDeviceSession(storage);
    expect(loadDeviceSession(storage)).toBeNull();
    expect(storage.length).toBe(0);
  });
});
