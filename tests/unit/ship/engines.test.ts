// package.json's "engines" states what the toolchain really needs: every Node it admits is one that vite, rolldown,
// electron-vite, better-sqlite3, Playwright and electron-builder accept. Vitest 5 alone asks for Node 22.12+; it runs on
// Node 20 because vitest.config.ts adds the one missing function (Map.groupBy), which this test checks is still there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const ROOT = join(import.meta.dirname, '..', '..', '..');
const enginesOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
const ours = enginesOf(ROOT)!;
// The lowest Node of each alternative our range admits, and the current LTS line.
const admitted = [...ours.split('||').map((part) => semver.minVersion(part.trim())?.version ?? ''), '24.0.0'].filter(
  (version) => semver.satisfies(version, ours),
);

describe('engines', () => {
  it('admits Node 20, 22 and 24 from the versions the toolchain needs', () => {
    expect(admitted.map((v) => v.split('.')[0])).toEqual(['20', '22', '24']);
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });

  it.each(['vite', 'rolldown', 'electron-vite', 'better-sqlite3', '@playwright/test', 'electron-builder'])(
    'every Node it admits is one %s accepts',
    (name) => {
      const theirs = enginesOf(join(ROOT, 'node_modules', name));
      if (theirs === undefined) return;
      for (const version of admitted)
        expect(semver.satisfies(version, theirs), `${name} ${theirs} vs Node ${version}`).toBe(true);
    },
  );

  it('keeps the Map.groupBy polyfill that lets vitest 5 run on Node 20', () => {
    const vitestRange = enginesOf(join(ROOT, 'node_modules', 'vitest'))!;
    const needsPolyfill = admitted.some((version) => !semver.satisfies(version, vitestRange));
    // Workers are forks with their own globals: the config's polyfill serves vitest's reporter in the main process.
    // (Once engines stop admitting Node 20, the polyfill can go.)
    if (needsPolyfill)
      expect(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')).toMatch(/Object\.defineProperty\(Map, 'groupBy'/);
  });
});
