// The desktop app itself: runs where Electron's binary is installed, and is skipped, with the reason, where it is not.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`, without type declarations
import { electronBinaryPath } from '../../scripts/lib/electron-binary.mjs';
// @ts-expect-error -- as above
import { electronNativeReady } from '../../scripts/lib/electron-native.mjs';

const binary: string | null = electronBinaryPath();
const SKIP_REASON = binary
  ? 'better-sqlite3 has not been built for Electron (run `npm run rebuild:electron`)'
  : 'Electron’s binary is not installed on this machine (its download is not reachable here); browser-mode tests cover the UI';

const skipped = !binary || !electronNativeReady();
// The list reporter shows a skip without its reason; say it where the test output is read.
if (skipped) console.log(`Electron end-to-end test skipped: ${SKIP_REASON}.`);

test.describe('Electron desktop app', () => {
  test.skip(skipped, SKIP_REASON);

  test('opens the demo map in a hardened window and creates an actor', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', '--data-dir', dataDir, '--maps-folder', join(dataDir, 'maps')],
      cwd: join(import.meta.dirname, '..', '..'),
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'Individual active citizen' })).toBeVisible();
      // The renderer has no Node and sees only the bridge.
      const exposed = await page.evaluate(() => ({
        bridge: Object.keys((window as unknown as { caremap: object }).caremap).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ bridge: ['call', 'onEvent'], require: 'undefined', process: 'undefined' });
      // Navigation away from the app is blocked.
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^file:/);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
