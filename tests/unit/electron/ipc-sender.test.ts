// ipc.ts answers only Caremap's own renderer: a call from any other frame (another site, a file:// page, a frame
// with no URL) is refused before any handler runs; our own frame's calls reach the handlers.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { registerIpcTransport } from '../../../src/main/transport/ipc';
import { makeTrustedUrlCheck } from '../../../src/main/app/trusted-url';
import { IPC_CHANNEL, type Handlers } from '../../../src/shared/api';

type Listener = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<unknown>;

function setUp() {
  const listeners = new Map<string, Listener>();
  const fakeIpcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeHandler: (channel: string) => listeners.delete(channel),
  };
  const current = vi.fn(() => ({ path: '/maps/a.caremap' }));
  const handlers = { 'map.current': current } as unknown as Handlers;
  const unregister = registerIpcTransport(
    fakeIpcMain as unknown as IpcMain,
    handlers,
    makeTrustedUrlCheck({ isPackaged: true, devUrl: undefined }),
  );
  const call = (frameUrl: string | null, name: unknown) => {
    const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
    return listeners.get(IPC_CHANNEL)!(event, name, undefined);
  };
  return { call, current, listeners, unregister };
}

describe('registerIpcTransport', () => {
  it('runs a call from Caremap’s own app:// page', async () => {
    const { call, current } = setUp();
    await expect(call('app://caremap/index.html', 'map.current')).resolves.toEqual({
      ok: true,
      value: { path: '/maps/a.caremap' },
    });
    expect(current).toHaveBeenCalledOnce();
  });

  it('refuses calls from other pages and from frames without a URL, before any handler runs', async () => {
    const { call, current } = setUp();
    for (const url of [
      'https://evil.example/',
      'file:///tmp/page.html',
      'app://other/index.html',
      'http://localhost:5173/',
      '',
      null,
    ]) {
      await expect(call(url, 'map.current'), String(url)).resolves.toEqual({
        ok: false,
        error: { code: 'unauthorised', message: 'Only Caremap’s own window may use its API.' },
      });
    }
    expect(current).not.toHaveBeenCalled();
  });

  it('answers an unknown operation from our own page with an error, not a crash', async () => {
    const { call } = setUp();
    const result = (await call('app://caremap/index.html', 'fs.readFile')) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('unknown-operation');
  });

  it('removes its handler when asked', () => {
    const { listeners, unregister } = setUp();
    unregister();
    expect(listeners.has(IPC_CHANNEL)).toBe(false);
  });
});
