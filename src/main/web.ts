// Browser mode: the main process's API served on 127.0.0.1 with a per-run key, and the renderer opened in a browser with
// a one-time code (never the key: a browser's command line is readable by other users of the computer).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from './api/create-backend';
import { parseStartOptions } from './app/command-line';
import { defaultDataDir, defaultMapsFolder } from './app/folders';
import { openInBrowser } from './app/open-browser';
import { startHttpServer } from './transport/http-server';
import { warmCanvasText } from './transport/wire-json';
import { CaremapError } from '../shared/errors';
import { APP_VERSION } from '../shared/version';

async function main(): Promise<void> {
  const options = parseStartOptions(process.argv.slice(2));
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const mapsFolder = resolve(options.mapsFolder ?? (options.dataDir ? join(dataDir, 'maps') : defaultMapsFolder()));
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(mapsFolder, { recursive: true });

  const here = dirname(fileURLToPath(import.meta.url));
  const backend = createBackend({
    mode: 'browser',
    version: APP_VERSION,
    dataDir,
    mapsFolder,
    room: { rendererDir: resolve(here, '../renderer') },
  });
  const opened = backend.openInitialMap(options.mapPath ? resolve(options.mapPath) : undefined);

  const server = await startHttpServer({
    handlers: backend.handlers,
    staticDir: resolve(here, '../renderer'),
    token: randomBytes(24).toString('base64url'),
    port: options.port,
    events: {
      subscribe: (listener) => backend.events.subscribe(listener),
      hello: () => ({ name: 'stream.hello', payload: backend.live() ?? { mapId: null, seq: 0 } }),
    },
  });
  // The map's JSON text is made while the browser starts and loads the page, so its first map.current answers at once.
  setImmediate(() => void Promise.resolve(backend.handlers['map.current']({})).then(warmCanvasText, () => undefined));
  console.log(`Caremap is running in browser mode with “${opened.info.name}” (${opened.info.path})`);
  console.log(`Open: ${server.url}`);
  console.log(
    'Each address works once. Press Enter here for a new one; Ctrl+C to stop. Every change is already saved in the map file.',
  );
  if (options.open) openInBrowser(server.url);
  // A facilitator who closed the tab asks for a new address here, in the terminal only they can see.
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => console.log(`Open: ${server.newUrl()}`));
    process.stdin.unref();
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Joined devices hear "stopped" and the room's port closes before Caremap goes.
    await backend.stopSharing();
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const message = error instanceof CaremapError || error instanceof Error ? error.message : String(error);
  console.error(`Caremap could not start: ${message}`);
  process.exit(1);
});
