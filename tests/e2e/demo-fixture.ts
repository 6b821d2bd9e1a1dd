// A Playwright fixture that starts the app on the demo map: a fresh data folder and no map named, so the server opens
// the demo map as a first-time facilitator would see it.
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer } from './caremap-server';

export interface DemoFixture {
  url: string;
  dataDir: string;
}

export const test = base.extend<{ demo: DemoFixture }>({
  demo: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-e2e-demo-'));
    const server = await startCaremapServer({ dataDir });
    await use({ url: server.url, dataDir });
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
