// Electron's transport: one IPC channel carrying (operation, input) to the same handlers, from our own pages only.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type Handlers } from '../../shared/api';
import { cleanCallMeta } from '../../shared/live-map';
import { dispatch } from './dispatch';

/** Registers the API; `isTrustedUrl` says whether a calling frame is Caremap's own renderer. */
export function registerIpcTransport(
  ipcMain: IpcMain,
  handlers: Handlers,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown, meta: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(frameUrl)) {
      return { ok: false, error: { code: 'unauthorised', message: 'Only Caremap’s own window may use its API.' } };
    }
    return dispatch(
      handlers,
      name,
      input,
      cleanCallMeta(meta as { viewId?: unknown; mapId?: unknown; baseVersion?: unknown } | undefined),
    );
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
