// Holds the lines the design depends on: domain code free of Electron and React, the renderer free of files and SQL.
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

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function offenders(dirs: string[], forbidden: RegExp): string[] {
  return dirs
    .flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(ROOT, file)} imports ${spec}`));
}

describe('architecture', () => {
  it('keeps shared, store, commands and api free of Electron and React', () => {
    expect(offenders(['src/shared', 'src/main/store', 'src/main/commands', 'src/main/api', 'src/cli'], /^(electron|react|react-dom|@xyflow\/)/)).toEqual([]);
  });

  it('keeps the renderer away from files, SQL, Node and Electron', () => {
    expect(offenders(['src/renderer'], /^(node:|fs$|path$|better-sqlite3|electron)|\/main\//)).toEqual([]);
  });

  it('keeps shared importing nothing of main, preload or renderer', () => {
    expect(offenders(['src/shared'], /\/(main|preload|renderer)\//)).toEqual([]);
  });

  it('keeps the sandboxed preload to Electron and the zod-free operation list (it cannot require packages)', () => {
    const text = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8');
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(valueImports.sort()).toEqual(['../shared/operations', 'electron']);
  });

  it('keeps SQL inside src/main/store', () => {
    const sqlOutside = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !file.includes(join('src', 'main', 'store')))
      .filter((file) => /\.prepare\(|\.exec\(\s*['"`]\s*(CREATE|INSERT|UPDATE|DELETE|SELECT|PRAGMA)/i.test(readFileSync(file, 'utf8')));
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
