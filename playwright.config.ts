// End-to-end tests: a Chromium against browser mode (the real server and SQLite store); Electron where present.
import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs script shared with `npm test`, without type declarations
import { findChromium } from './scripts/find-chromium.mjs';

// Stop once with a sentence saying how to get a browser, rather than fail every test with the same launch error.
// eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the .mjs has no types; its answer is typed just here
const chromium = findChromium() as { kind: 'found'; path: string } | { kind: 'install' | 'missing'; message?: string };
if (chromium.kind !== 'found') {
  throw new Error(
    chromium.message ??
      'No Chromium was found for the end-to-end tests: run `node scripts/find-chromium.mjs` to install one.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium.path,
      args: CHROMIUM_ARGS,
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
