// The joined device's store against a scripted laptop: joining, the map fetched, room.changed applied in order, a gap
// fetching the map again, mode and role changes said in sentences, and room.ended stopping the device.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomActor, RoomMap } from '../../../src/shared/room';

const actor = (id: string): RoomActor => ({ id, name: id, kindId: 'k', x: 0, y: 0, offers: [] });

function serverMap(seq: number, actors: RoomActor[]): RoomMap {
  return {
    mapName: 'Riverside',
    seq,
    mode: 'open',
    you: { participantId: 'p1', name: 'Sam', role: 'contributor' },
    actors,
    ties: [],
    kinds: [{ id: 'k', name: 'Group', colour: '#0a0', shape: 'circle' }],
    tieTypes: [],
    offers: [],
  };
}

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

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

describe('the joined device’s store', () => {
  let map: RoomMap;
  let mapCalls: number;
  let push: (name: string, payload: unknown) => void;
  let storage: Storage;

  beforeEach(() => {
    vi.resetModules();
    map = serverMap(3, [actor('a')]);
    mapCalls = 0;
    storage = memoryStorage();
    vi.stubGlobal('sessionStorage', storage);
    vi.stubGlobal('window', { location: { reload: vi.fn(), pathname: '/join', hash: '' } });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (name, payload) => controller.enqueue(encoder.encode(`data: ${JSON.stringify({ name, payload })}\n\n`));
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn((path: string, init?: RequestInit) => {
        if (path === '/room/join') {
          const body = JSON.parse(init?.body as string) as { code: string };
          if (body.code !== 'K7P2QX')
            return Promise.resolve(
              json({ ok: false, error: { code: 'unauthorised', message: 'That code is not right.' } }, 403),
            );
          return Promise.resolve(
            json({ ok: true, value: { token: 'tok', participantId: 'p1', role: 'contributor', mapName: 'Riverside' } }),
          );
        }
        if (path === '/room/api/room.map') {
          mapCalls += 1;
          return Promise.resolve(json({ ok: true, value: map }));
        }
        if (path === '/room/events') return Promise.resolve(new Response(stream, { status: 200 }));
        return Promise.reject(new Error(`unexpected ${path}`));
      }),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows a refused code as the laptop’s sentence, then follows the room until it ends', async () => {
    const store = await import('../../../src/renderer/src/room-join/room-store');
    const shown = () => {
      const phase = store.useRoomStore.getState().phase;
      return phase.kind === 'room' && phase.map ? phase.map : null;
    };

    await store.join('k7p 2qx-x', 'Sam');
    expect(store.useRoomStore.getState().phase).toEqual({
      kind: 'join',
      error: 'That code is not right.',
      busy: false,
    });

    await store.join('k7p 2qx', ' Sam ');
    expect(storage.getItem('caremap.room.token')).toBe('tok');
    await vi.waitFor(() => expect(shown()?.seq).toBe(3));

    // The next change applies; a repeat is ignored.
    push('room.changed', {
      seq: 4,
      actorsPut: [actor('b')],
      actorsDeleted: [],
      tiesPut: [],
      tiesDeleted: [],
      reload: false,
    });
    push('room.changed', { seq: 4, actorsPut: [], actorsDeleted: ['b'], tiesPut: [], tiesDeleted: [], reload: false });
    await vi.waitFor(() => expect(shown()?.actors.map((a) => a.id)).toEqual(['a', 'b']));
    const callsBefore = mapCalls;

    // A gap: the device asks for the whole map again rather than guess.
    map = serverMap(9, [actor('a'), actor('b'), actor('c')]);
    push('room.changed', {
      seq: 9,
      actorsPut: [actor('c')],
      actorsDeleted: [],
      tiesPut: [],
      tiesDeleted: [],
      reload: false,
    });
    await vi.waitFor(() => expect(shown()?.seq).toBe(9));
    expect(mapCalls).toBe(callsBefore + 1);
    expect(shown()?.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);

    push('room.mode', { mode: 'paused' });
    await vi.waitFor(() => expect(store.useRoomStore.getState().mode).toBe('paused'));
    expect(store.useRoomStore.getState().notice?.text).toBe('The facilitator has paused contributions.');

    push('room.role', { role: 'viewer' });
    await vi.waitFor(() => expect(store.useRoomStore.getState().role).toBe('viewer'));
    expect(storage.getItem('caremap.room.role')).toBe('viewer');

    push('room.ended', { reason: 'removed' });
    await vi.waitFor(() => expect(store.useRoomStore.getState().phase.kind).toBe('ended'));
    expect(store.useRoomStore.getState().phase).toEqual({ kind: 'ended', message: store.ENDED_REMOVED });
    expect(storage.length).toBe(0);
  });
});
