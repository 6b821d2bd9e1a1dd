// Electron entry: one instance, a hardened window, the API over IPC, and the native menu.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { createBackend, type Backend } from './api/create-backend';
import { parseStartOptions } from './app/command-line';
import { buildAppMenu, sendToRenderer } from './app/app-menu';
import { denyAllPermissions, hardenApp } from './app/harden';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app/app-protocol';
import { createMainWindow } from './app/main-window';
import { watchMapLaunches } from './app/map-launches';
import { guardPaths, PathGrants } from './app/path-grants';
import { makeTrustedUrlCheck, type RendererSource } from './app/trusted-url';
import { nativeDialogs } from './app/native-dialogs';
import { reportStartupFailure } from './app/startup-failure';
import { electronNativeBinding } from './app/native-binding';
import { registerIpcTransport } from './transport/ipc';
import { APP_VERSION } from '../shared/version';
import type { Handlers } from '../shared/api';

const here = dirname(fileURLToPath(import.meta.url));
const options = parseStartOptions(process.argv.slice(1));
if (options.dataDir) app.setPath('userData', resolve(options.dataDir));

app.enableSandbox();
// Must happen before 'ready': app:// is where the renderer is served from (see app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Two Caremap windows on one map would fight over the file; the second launch focuses the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let backend: Backend | null = null;
  // A packaged app ignores ELECTRON_RENDERER_URL: anyone could set it to load their own page with our preload.
  const rendererSource: RendererSource = { isPackaged: app.isPackaged, devUrl: process.env.ELECTRON_RENDERER_URL };
  const isTrustedUrl = makeTrustedUrlCheck(rendererSource);
  const grants = new PathGrants();
  hardenApp(app, isTrustedUrl);

  // Registered before 'ready': macOS sends the double-clicked map as open-file before the app is ready.
  const launches = watchMapLaunches(app, () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      registerAppProtocol(protocol, join(here, '../renderer'));
      const dataDir = app.getPath('userData');
      const mapsFolder = options.mapsFolder ? resolve(options.mapsFolder) : join(app.getPath('documents'), 'Caremap');
      mkdirSync(mapsFolder, { recursive: true });
      const created = createBackend({
        mode: 'electron',
        version: APP_VERSION,
        dataDir,
        mapsFolder,
        nativeBinding: electronNativeBinding(join(here, '../..')),
        dialogs: nativeDialogs(() => window, mapsFolder),
        room: { rendererDir: join(here, '../renderer') },
      });
      backend = created;
      // Every committed edit and map switch reaches every window (IPC events), as SSE does for browser tabs.
      created.events.subscribe((event) => {
        for (const open of BrowserWindow.getAllWindows()) sendToRenderer(open, event);
      });
      const initial = created.openInitialMap(launches.initialMap(process.argv, process.cwd()));
      grants.grant(initial.info.path);

      // A map chosen outside the window (Open Recent, a double-clicked file): main opens it and tells the renderer.
      const openFromMain = (path: string) => {
        grants.grant(path);
        void Promise.resolve(created.handlers['map.open']({ path }))
          // The window follows through the change stream's 'map.switched' (no origin: main opened it itself).
          .then(() => refreshMenu())
          .catch((error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            dialog.showErrorBox('Caremap could not open this map', `${path}\n\n${reason}`);
          });
      };
      const refreshMenu = () =>
        Menu.setApplicationMenu(
          buildAppMenu(() => window, { recent: () => created.recentMaps(), openRecent: openFromMain }),
        );
      // Opening or creating a map changes the recent list, so the menu follows. Paths from the renderer must be ones
      // main handed out (path-grants.ts).
      const handlers: Handlers = guardPaths(
        {
          ...created.handlers,
          'map.open': async (input) => {
            const result = await created.handlers['map.open'](input);
            refreshMenu();
            return result;
          },
          'map.new': async (input) => {
            const result = await created.handlers['map.new'](input);
            refreshMenu();
            return result;
          },
        },
        grants,
      );
      registerIpcTransport(ipcMain, handlers, isTrustedUrl);
      refreshMenu();
      window = createMainWindow(here, rendererSource);
      window.on('closed', () => {
        window = null;
      });
      launches.ready(openFromMain);
    })
    .catch((error: unknown) =>
      reportStartupFailure(error, {
        showErrorBox: (t, c) => dialog.showErrorBox(t, c),
        quit: () => app.quit(),
        log: console.error,
      }),
    );

  // Quitting from the menu (or Cmd+Q) closes the room's port even before the windows go.
  app.on('will-quit', () => void backend?.stopSharing());

  app.on('window-all-closed', () => {
    backend?.close();
    backend = null;
    app.quit();
  });
}
