// find-chromium's decision: the CAREMAP_CHROMIUM override, then Playwright's own browser, then the system's Chromium
// or Chrome per platform; on Debian as root with apt-get, install; otherwise one sentence saying how to get one.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script, without type declarations
import { chooseChromium, HOW_TO_INSTALL, isDebian, systemCandidates } from '../../../scripts/find-chromium.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

function facts(present: string[], overrides: Record<string, unknown> = {}) {
  return {
    envPath: undefined,
    playwrightPath: '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
    platform: 'linux',
    env: {},
    exists: (path: string) => present.includes(path),
    isRoot: false,
    osRelease: DEBIAN,
    hasAptGet: true,
    ...overrides,
  };
}

describe('chooseChromium', () => {
  it('uses CAREMAP_CHROMIUM when it names a file, and says so plainly when it does not', () => {
    expect(chooseChromium(facts(['/opt/c', '/usr/bin/chromium'], { envPath: '/opt/c' }))).toEqual({
      kind: 'found',
      path: '/opt/c',
      source: 'CAREMAP_CHROMIUM',
    });
    const wrong = chooseChromium(facts(['/usr/bin/chromium'], { envPath: '/opt/none' }));
    expect(wrong.kind).toBe('missing');
    expect(wrong.message).toContain('/opt/none');
  });

  it('prefers Playwright’s own Chromium when it is installed, then the system’s', () => {
    const playwright = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(chooseChromium(facts([playwright, '/usr/bin/chromium']))).toMatchObject({
      path: playwright,
      source: 'Playwright',
    });
    expect(chooseChromium(facts(['/usr/bin/google-chrome']))).toMatchObject({
      path: '/usr/bin/google-chrome',
      source: 'system',
    });
  });

  it('finds Chrome on macOS and Windows in their usual places', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(chooseChromium(facts([mac], { platform: 'darwin' }))).toMatchObject({ kind: 'found', path: mac });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(
      chooseChromium(facts([win], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } })),
    ).toMatchObject({ kind: 'found', path: win });
  });

  it('installs Debian’s chromium only as root on Debian with apt-get', () => {
    expect(chooseChromium(facts([], { isRoot: true }))).toEqual({ kind: 'install' });
    for (const without of [
      { isRoot: false },
      { hasAptGet: false },
      { osRelease: UBUNTU },
      { osRelease: null },
      { platform: 'darwin', isRoot: true },
    ]) {
      expect(chooseChromium(facts([], { isRoot: true, ...without })), JSON.stringify(without)).toEqual({
        kind: 'missing',
        message: HOW_TO_INSTALL,
      });
    }
  });

  it('gives one sentence that says how to install a browser', () => {
    expect(HOW_TO_INSTALL).toMatch(/apt-get install chromium/);
    expect(HOW_TO_INSTALL).toMatch(/npx playwright install chromium/);
    expect(HOW_TO_INSTALL.split('. ').length).toBe(1);
  });
});

describe('helpers', () => {
  it('tells Debian from Ubuntu', () => {
    expect(isDebian(DEBIAN)).toBe(true);
    expect(isDebian('ID="debian"\n')).toBe(true);
    expect(isDebian(UBUNTU)).toBe(false);
  });

  it('skips Windows folders whose variable is not set', () => {
    expect(systemCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' })).toEqual([
      'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });
});
