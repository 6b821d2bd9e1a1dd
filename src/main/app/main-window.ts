// Creates Caremap's window with the hardened web preferences and loads the renderer.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';

export function createMainWindow(here: string): BrowserWindow {
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
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(here, '../renderer/index.html'));
  return window;
}

/** The renderer's own pages: the built file, or the dev server electron-vite started. */
export function makeTrustedUrlCheck(here: string): (url: string) => boolean {
  const rendererFile = new URL(`file://${join(here, '../renderer/index.html')}`).href;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return (url: string) => {
    if (devUrl && url.startsWith(devUrl)) return true;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'file:' && `${parsed.origin === 'null' ? 'file://' : parsed.origin}${parsed.pathname}` === rendererFile;
    } catch {
      return false;
    }
  };
}
