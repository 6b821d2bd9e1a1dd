// `caremap` runs built JavaScript with the production dependencies only: a copy of bin/ and out/main/ whose
// node_modules holds just what package.json's "dependencies" pull in (no tsx, TypeScript, vite or vitest) reads the
// demo map; and bin/caremap.mjs says how to build when out/ is missing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoMap, demoMapContent } from '../../../src/main/demo/build-demo-map';
import { cliBin } from '../cli-bin';

const bin = cliBin();
const ROOT = join(bin, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'caremap-built-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Package names reachable from the root's "dependencies" through node_modules' (hoisted) package.json files. */
function productionClosure(): Set<string> {
  const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const seen = new Set<string>();
  const queue = Object.keys(read(ROOT).dependencies ?? {});
  while (queue.length > 0) {
    const name = queue.pop()!;
    const dir = join(ROOT, 'node_modules', name);
    if (seen.has(name) || !existsSync(dir)) continue; // an optional dependency for another platform
    seen.add(name);
    const manifest = read(dir);
    queue.push(...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }));
  }
  return seen;
}

function productionCopy(): string {
  const dir = join(temp, 'caremap');
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'out', 'main'), join(dir, 'out', 'main'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const name of productionClosure()) {
    mkdirSync(join(dir, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return dir;
}

describe('the built command line', () => {
  it('needs none of the development packages', () => {
    const closure = productionClosure();
    for (const dev of ['tsx', 'typescript', 'vite', 'vitest', 'electron-vite', 'electron'])
      expect(closure.has(dev), dev).toBe(false);
    expect(closure.has('better-sqlite3')).toBe(true);
  });

  it('reads the demo map from a copy with production dependencies only', () => {
    const copy = productionCopy();
    const map = join(temp, 'Demo.caremap');
    writeDemoMap(map);
    const result = spawnSync(process.execPath, [join(copy, 'bin', 'caremap.mjs'), 'info', map, '--json'], {
      encoding: 'utf8',
      cwd: temp,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const info = JSON.parse(result.stdout) as { actors: number; ties: number };
    const demo = demoMapContent();
    const counts = { actors: demo.actors?.length ?? 0, ties: demo.ties?.length ?? 0 };
    expect(counts.actors).toBeGreaterThan(0);
    expect(info).toMatchObject(counts);
  });

  it('says how to build when out/ is missing', () => {
    const bare = join(temp, 'bare');
    cpSync(join(ROOT, 'bin'), join(bare, 'bin'), { recursive: true });
    const result = spawnSync(process.execPath, [join(bare, 'bin', 'caremap.mjs'), 'info', 'x.caremap'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Run "npm run build"');
  });
});
