// Finds a Chromium for the end-to-end tests: CAREMAP_CHROMIUM, Playwright's own, the system's Chromium or Chrome. Run
// as a script (`npm test` does, before the end-to-end tests) it prints the one found; on Debian as root it installs
// Debian's chromium when none is found; otherwise it stops with one sentence saying how to get one.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOW_TO_INSTALL =
  'No Chromium or Chrome was found for the end-to-end tests: install one (Debian: `sudo apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`), or set CAREMAP_CHROMIUM to the path of a Chromium or Chrome executable.';

/** Where each platform's Chromium or Chrome usually lives, most likely first. */
export function systemCandidates(platform, env = {}) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/** Debian proper (not Ubuntu, whose "chromium" package is a snap that does not run in containers). */
export function isDebian(osRelease) {
  return /^ID=("?)debian\1$/m.test(osRelease ?? '');
}

/**
 * The decision, from facts gathered elsewhere so it can be tested: { kind: 'found', path, source },
 * { kind: 'install' } (Debian, root, apt-get present, nothing found) or { kind: 'missing', message }.
 */
export function chooseChromium({ envPath, playwrightPath, platform, env, exists, isRoot, osRelease, hasAptGet }) {
  if (envPath) {
    if (exists(envPath)) return { kind: 'found', path: envPath, source: 'CAREMAP_CHROMIUM' };
    return {
      kind: 'missing',
      message: `CAREMAP_CHROMIUM is set to ${envPath}, but there is no such file: correct it or unset it.`,
    };
  }
  if (playwrightPath && exists(playwrightPath)) return { kind: 'found', path: playwrightPath, source: 'Playwright' };
  const system = systemCandidates(platform, env).find((path) => exists(path));
  if (system) return { kind: 'found', path: system, source: 'system' };
  if (platform === 'linux' && isRoot && hasAptGet && isDebian(osRelease)) return { kind: 'install' };
  return { kind: 'missing', message: HOW_TO_INSTALL };
}

function playwrightChromiumPath() {
  try {
    // Synchronous, so playwright.config.ts can call findChromium() at load time.
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return null;
  }
}

/** Looks, without installing anything. */
export function findChromium() {
  return chooseChromium({
    envPath: process.env.CAREMAP_CHROMIUM,
    playwrightPath: playwrightChromiumPath(),
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    osRelease: readOsRelease(),
    hasAptGet: existsSync('/usr/bin/apt-get'),
  });
}

function aptInstallChromium() {
  console.log(
    'No Chromium was found, so installing Debian’s chromium package for the end-to-end tests (apt-get install chromium)…',
  );
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' }).status === 0;
  if (install()) return true;
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  return install();
}

function main() {
  let choice = findChromium();
  if (choice.kind === 'install') {
    choice = aptInstallChromium() ? findChromium() : { kind: 'missing', message: HOW_TO_INSTALL };
    if (choice.kind === 'install') choice = { kind: 'missing', message: HOW_TO_INSTALL };
  }
  if (choice.kind === 'missing') {
    console.error(choice.message);
    process.exit(1);
  }
  console.log(`End-to-end tests use ${choice.path} (${choice.source}).`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
