// The desktop app itself, for what browser mode cannot show: the native menu's commands, native open/save dialogs
// (stubbed in the main process), a map opened by its file path, the CSP and the navigation/new-window refusals. Runs
// where Electron's binary is installed (the desktop CI workflow); skipped, with the reason, where it is not.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoMapContent } from '../../src/main/demo/build-demo-map';
import { writeNewMapFile } from '../../src/main/store';
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

const ROOT = join(import.meta.dirname, '..', '..');

interface Desktop {
  app: ElectronApplication;
  page: Page;
  folder: string;
}

/** Starts Caremap with a fresh data folder; `extraArgs` as a file manager or shell would pass them. */
async function launch(folder: string, extraArgs: string[] = []): Promise<Desktop> {
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', '--data-dir', join(folder, 'data'), '--maps-folder', join(folder, 'maps'), ...extraArgs],
    cwd: ROOT,
  });
  const page = await app.firstWindow();
  return { app, page, folder };
}

/** A map named `name` holding the demo's actors, written where the test says. */
function writeMap(folder: string, name: string): string {
  const path = join(folder, `${name}.caremap`);
  writeNewMapFile(path, { ...demoMapContent(), name });
  return path;
}

/** Clicks a native menu item by its labels, e.g. ['File', 'Open…'], as a person would. */
async function clickMenu(app: ElectronApplication, labels: string[]): Promise<void> {
  await app.evaluate(({ Menu }, path) => {
    let items = Menu.getApplicationMenu()?.items ?? [];
    let found: Electron.MenuItem | undefined;
    for (const label of path) {
      found = items.find((item) => item.label === label);
      if (!found) throw new Error(`No menu item "${label}" in ${path.join(' › ')}`);
      items = found.submenu?.items ?? [];
    }
    found!.click();
  }, labels);
}

test.describe('Electron desktop app', () => {
  test.skip(skipped, SKIP_REASON);
  let folder = '';
  let desktop: Desktop | null = null;

  test.beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'caremap-electron-'));
    mkdirSync(join(folder, 'maps'));
  });

  test.afterEach(async () => {
    await desktop?.app.close();
    desktop = null;
    rmSync(folder, { recursive: true, force: true });
  });

  test('opens the demo map on first start in a window with no Node and only the bridge', async () => {
    desktop = await launch(folder);
    const { page } = desktop;
    await expect(page).toHaveTitle('Demo care network – Caremap');
    await expect(page.getByRole('button', { name: 'Individual active citizen' })).toBeVisible();
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { caremap: object }).caremap).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: ['call', 'onEvent'], require: 'undefined', process: 'undefined' });
  });

  test('opens the map named by its file path, as a double-click on Windows and Linux does', async () => {
    const map = writeMap(folder, 'Hackney partners');
    desktop = await launch(folder, [map]);
    await expect(desktop.page).toHaveTitle('Hackney partners – Caremap');
  });

  test('the native menu lists the File, Edit and View commands', async () => {
    desktop = await launch(folder);
    const labels = await desktop.app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => [
        item.label,
        (item.submenu?.items ?? []).map((sub) => sub.label).filter(Boolean),
      ]),
    );
    const byMenu = Object.fromEntries(labels) as Record<string, string[]>;
    expect(byMenu.File).toEqual(
      expect.arrayContaining([
        'New map…',
        'Open…',
        'Open recent',
        'Import a spreadsheet…',
        'Save a copy as…',
        'Export…',
      ]),
    );
    expect(byMenu.Edit).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Find an actor…', 'Kinds & lists…']));
    expect(byMenu.View).toEqual(
      expect.arrayContaining(['Fit map to window', 'Show or hide the table', 'Show or hide details']),
    );
  });

  test('File › Open… opens the map chosen in the (stubbed) native open dialog', async () => {
    const map = writeMap(folder, 'Lewisham');
    desktop = await launch(folder);
    await expect(desktop.page).toHaveTitle('Demo care network – Caremap');
    await desktop.app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] });
    }, map);
    await clickMenu(desktop.app, ['File', 'Open…']);
    await expect(desktop.page).toHaveTitle('Lewisham – Caremap');
  });

  test('File › New map… creates the map where the (stubbed) native save dialog says', async () => {
    const target = join(folder, 'maps', 'Fresh start.caremap');
    desktop = await launch(folder);
    await desktop.app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
    }, target);
    await clickMenu(desktop.app, ['File', 'New map…']);
    await expect(desktop.page).toHaveTitle('Fresh start – Caremap');
    expect(existsSync(target)).toBe(true);
  });

  test('a cancelled open dialog leaves the map as it was', async () => {
    desktop = await launch(folder);
    await desktop.app.evaluate(({ dialog }) => {
      dialog.showOpenDialog = async () => ({ canceled: true, filePaths: [] });
    });
    await clickMenu(desktop.app, ['File', 'Open…']);
    await expect(desktop.page).toHaveTitle('Demo care network – Caremap');
    await expect(desktop.page.getByRole('alert')).toHaveCount(0);
  });

  test('Edit › Find an actor… opens the search from the native menu', async () => {
    desktop = await launch(folder);
    await clickMenu(desktop.app, ['Edit', 'Find an actor…']);
    await expect(desktop.page.getByRole('combobox', { name: 'Search actors' })).toBeVisible();
  });

  test('the CSP blocks inline scripts and requests to other sites', async () => {
    desktop = await launch(folder);
    const { page } = desktop;
    await expect(page).toHaveTitle(/– Caremap$/);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      let fetched: string;
      try {
        await fetch('https://example.org/');
        fetched = 'reached';
      } catch {
        fetched = 'blocked';
      }
      return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched };
    });
    expect(outcome).toEqual({ inlineRan: false, fetched: 'blocked' });
  });

  test('refuses navigation away from the app and new windows', async () => {
    desktop = await launch(folder);
    const { app, page } = desktop;
    await expect(page).toHaveTitle(/– Caremap$/);
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    // The title stays ours: the navigation was refused, so the app's page is still the one loaded.
    await expect(page).toHaveTitle(/– Caremap$/);
    expect(page.url()).toMatch(/^app:\/\/caremap\//);
  });
});
