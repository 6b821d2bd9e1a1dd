// In Electron the renderer may pass back only paths main handed out (native dialogs, recent maps, the open map):
// checked through the real IPC transport with a fake ipcMain, and the real backend behind it.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { guardPaths, PathGrants } from '../../../src/main/app/path-grants';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { registerIpcTransport } from '../../../src/main/transport/ipc';
import type { Handlers, WireResult } from '../../../src/shared/api';

let temps: TempBackend[] = [];
afterEach(() => {
  temps.forEach((t) => t.dispose());
  temps = [];
});

type Invoke = (event: Partial<IpcMainInvokeEvent>, name: unknown, input: unknown) => Promise<WireResult<unknown>>;

/** An Electron-mode backend whose native dialogs answer with `answers`, behind the real IPC transport. */
function electronBackend(answers: { open?: string; save?: string }) {
  const t = createTempBackend({
    mode: 'electron',
    dialogs: {
      chooseMapToOpen: async () => answers.open ?? null,
      chooseNewMapPath: async () => answers.save ?? null,
      chooseSavePath: async () => null,
    },
  });
  temps.push(t);
  /** A window's renderer: its own transport and grants over the same backend (as after a reload). */
  const window = () => {
    let invoke: Invoke | null = null;
    const ipcMain = { handle: (_channel: string, fn: Invoke) => void (invoke = fn), removeHandler: () => undefined };
    registerIpcTransport(ipcMain as unknown as IpcMain, guardPaths(t.backend.handlers, new PathGrants()), (url) =>
      url.startsWith('app://caremap/'),
    );
    return (name: string, input: unknown = {}, url = 'app://caremap/index.html') =>
      invoke!({ senderFrame: { url } as never }, name, input);
  };
  return { t, call: window(), window };
}

describe('paths from the renderer in Electron', () => {
  it('refuses map.new, map.open and map.saveCopyAs for a path main never handed out', async () => {
    const outside = (name: string) => join(temps[0]?.dir ?? '/tmp', name);
    const { t, call } = electronBackend({});
    t.backend.openInitialMap();
    for (const [op, path] of [
      ['map.new', outside('Planted.caremap')],
      ['map.open', join(t.mapsFolder, 'Demo.caremap')],
      ['map.saveCopyAs', outside('Overwritten.caremap')],
    ] as const) {
      const answer = await call(op, { path });
      expect(answer.ok, op).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('unauthorised');
      expect(!answer.ok && answer.error.message).toBe(
        'Caremap only opens and saves maps chosen in its own Open and Save dialogs or from Open recent. Choose the file again from the File menu.',
      );
    }
    expect(existsSync(outside('Planted.caremap'))).toBe(false);
    expect(existsSync(outside('Overwritten.caremap'))).toBe(false);
  });

  it('accepts a path the native dialog chose, and recent maps once listed', async () => {
    const answers: { save?: string } = {};
    const { t, call, window } = electronBackend(answers);
    const chosen = join(t.mapsFolder, 'Chosen.caremap');
    expect((await call('map.new', { path: chosen })).ok).toBe(false);
    answers.save = chosen;
    expect(await call('dialog.chooseNewMapPath', { suggestedName: 'Chosen' })).toEqual({
      ok: true,
      value: { path: chosen, supported: true },
    });
    expect((await call('map.new', { path: chosen })).ok).toBe(true);
    expect(existsSync(chosen)).toBe(true);
    // Another window (or the page after a reload) has no grants until main lists the recent maps to it.
    t.backend.openInitialMap();
    const other = window();
    expect((await other('map.open', { path: chosen })).ok).toBe(false);
    const recent = await other('map.recent');
    expect(recent.ok && (recent.value as { path: string }[]).map((m) => m.path)).toContain(chosen);
    expect((await other('map.open', { path: chosen })).ok).toBe(true);
  });

  it('has no file browser in Electron, and answers only our own page', async () => {
    const { call } = electronBackend({});
    const browse = await call('map.browse', {});
    expect(!browse.ok && browse.error.code).toBe('unauthorised');
    const stranger = await call('app.info', {}, 'https://evil.example/');
    expect(!stranger.ok && stranger.error.code).toBe('unauthorised');
  });
});

describe('an operation added later that takes a path', () => {
  it('is checked too, without being listed in path-grants.ts', async () => {
    const written: string[] = [];
    const t = createTempBackend({ mode: 'electron' });
    temps.push(t);
    const handlers = {
      ...t.backend.handlers,
      'map.saveShareCopy': (input: { path: string }) => void written.push(input.path),
    };
    const grants = new PathGrants();
    const guarded = guardPaths(handlers as unknown as Handlers, grants) as unknown as Record<
      string,
      (input: unknown) => unknown
    >;
    expect(() => guarded['map.saveShareCopy']!({ path: '/home/someone/.bashrc.caremap' })).toThrow(
      expect.objectContaining({ code: 'unauthorised' }),
    );
    grants.grant('/maps/Share.caremap');
    guarded['map.saveShareCopy']!({ path: '/maps/Share.caremap' });
    expect(written).toEqual(['/maps/Share.caremap']);
  });
});

describe('PathGrants', () => {
  it('grants the resolved path, whatever the spelling of the same path', () => {
    const grants = new PathGrants();
    grants.grant('/maps/./A.caremap');
    expect(grants.has('/maps/A.caremap')).toBe(true);
    expect(grants.has('/maps/B.caremap')).toBe(false);
    grants.grant(null);
    expect(grants.has('')).toBe(false);
  });
});
