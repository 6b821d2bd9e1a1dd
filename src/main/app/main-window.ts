// Creates Caremap's window with the hardened web preferences and loads the renderer from app://caremap/ (or, in an
// unpackaged build only, from electron-vite's dev server).
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_START_URL } from './app-protocol';
import { trustedDevUrl, type RendererSource } from './trusted-url';

export function createMainWindow(here: string, source: RendererSource): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Caremap',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(trustedDevUrl(source)?.href ?? APP_START_URL);
  return window;
}
