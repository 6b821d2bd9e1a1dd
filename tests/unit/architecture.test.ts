// Holds the lines an import graph cannot see: SQL text only in the store, window.caremap only in the API client,
// the preload's value imports, one version. Import directions and cycles are checked by dependency-cruiser
// (.dependency-cruiser.cjs, `npm run lint:layers`; tests/unit/layer-rules.test.ts proves its rules bite).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { APP_VERSION } from '../../src/shared/version';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('architecture', () => {
  it('keeps the sandboxed preload to Electron and the zod-free operation list (it cannot require packages)', () => {
    const text = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8');
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(valueImports.sort()).toEqual(['../shared/operations', 'electron']);
  });

  it('keeps SQL inside src/main/store', () => {
    const sqlOutside = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !file.includes(join('src', 'main', 'store')))
      .filter((file) =>
        /\.prepare\(|\.exec\(\s*['"`]\s*(CREATE|INSERT|UPDATE|DELETE|SELECT|PRAGMA)/i.test(readFileSync(file, 'utf8')),
      );
    expect(sqlOutside.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keeps window.caremap inside the renderer’s API client', () => {
    const users = sourceFiles(join(ROOT, 'src/renderer'))
      .filter((file) => /window\.caremap/.test(readFileSync(file, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(users).toEqual([join('src', 'renderer', 'src', 'api', 'client.ts')]);
  });

  it('has the same version in the app and in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
