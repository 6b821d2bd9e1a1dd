// Playwright fixtures: every test gets its own data folder and map, served by a real browser-mode server.
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer, type ServerHandle } from './caremap-server';

export interface CaremapFixture {
  /** Address of the running app, token included. */
  url: string;
  dataDir: string;
  mapPath: string;
  /** Stops the server (closing the map file) and starts a new one on the same map; returns the new address. */
  restart(): Promise<string>;
}

export const test = base.extend<{ caremap: CaremapFixture }>({
  caremap: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-e2e-'));
    const mapPath = join(dataDir, 'maps', 'Workshop test.caremap');
    let server: ServerHandle = await startCaremapServer({ dataDir, mapPath });
    const fixture: CaremapFixture = {
      url: server.url,
      dataDir,
      mapPath,
      restart: async () => {
        await server.stop();
        server = await startCaremapServer({ dataDir, mapPath });
        fixture.url = server.url;
        return server.url;
      },
    };
    await use(fixture);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
