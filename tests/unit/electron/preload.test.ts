// The preload, loaded with a fake `electron` module: it exposes only { call, onEvent } as window.caremap, refuses
// operation names that are not in the API without touching IPC, and forwards known ones on the one channel.
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL } from '../../../src/shared/operations';
import type { CaremapBridge } from '../../../src/shared/bridge';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  // Filled in by the mock factory below (vi.fn is only usable there, after hoisting).
  invoke: null as unknown as Mock,
  on: null as unknown as Mock,
  removeListener: null as unknown as Mock,
}));

vi.mock('electron', () => {
  fake.invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }));
  fake.on = vi.fn();
  fake.removeListener = vi.fn();
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
    ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
  };
});

let bridge: CaremapBridge;
beforeAll(async () => {
  await import('../../../src/preload/index');
  bridge = fake.exposed.get('caremap') as CaremapBridge;
});

describe('preload', () => {
  it('exposes window.caremap with call and onEvent only, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['caremap']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);
  });

  it('refuses unknown operation names without sending anything to main', async () => {
    for (const name of ['fs.readFile', 'shell.openExternal', '__proto__', 'map.current ', '']) {
      await expect(bridge.call(name as never, undefined as never), name).rejects.toThrow('Unknown operation');
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('sends a known operation on Caremap’s one channel, with only the view’s and map’s ids beside it', async () => {
    const meta = { viewId: 'view-1', mapId: 'map-1', token: 'never sent' };
    await bridge.call('map.current' as never, undefined as never, meta);
    expect(fake.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'map.current', undefined, {
      viewId: 'view-1',
      mapId: 'map-1',
    });
  });

  it('passes main’s events to a listener, without the IPC event, and stops when unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    const [channel, wrapped] = fake.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(IPC_EVENT_CHANNEL);
    wrapped({ sender: 'secret' }, { name: 'map.opened', payload: { path: '/a.caremap' } });
    expect(listener).toHaveBeenCalledWith({ name: 'map.opened', payload: { path: '/a.caremap' } });
    unsubscribe();
    expect(fake.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, wrapped);
  });
});
