// The preload: exposes window.caremap (call an API operation, hear main's events) and never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL, isOperationName } from '../shared/operations';
import type { ServerEvent } from '../shared/api';
import type { CaremapBridge } from '../shared/bridge';

const bridge = {
  call: (name, input, meta) => {
    // Refuse unknown names here too, so the renderer cannot use the channel as a generic pipe.
    if (!isOperationName(name)) return Promise.reject(new Error('Unknown operation'));
    // Only the two ids and the version the edit is based on travel (main checks them again): which view calls, which
    // map it shows, and how far it had followed the map's changes.
    return ipcRenderer.invoke(IPC_CHANNEL, name, input, {
      viewId: meta?.viewId,
      mapId: meta?.mapId,
      baseVersion: meta?.baseVersion,
    });
  },
  onEvent: (listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: ServerEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
} satisfies CaremapBridge;

contextBridge.exposeInMainWorld('caremap', bridge);
