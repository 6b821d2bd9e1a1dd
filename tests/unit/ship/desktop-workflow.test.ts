// The desktop CI workflow cannot run here, so check what can go stale by reading: every `npm run X` it uses is a
// script in package.json, every file it names exists, and it covers Linux (under xvfb), macOS and Windows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'desktop.yml'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('.github/workflows/desktop.yml', () => {
  it('runs only npm scripts that package.json defines', () => {
    const used = [...workflow.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['build', 'rebuild:electron', 'dist']));
    for (const name of used) expect(scripts[name], name).toBeDefined();
  });

  it('names files that exist', () => {
    for (const [, path] of workflow.matchAll(/(?:node|playwright test) ((?:tests|scripts|node_modules)\/[\w./-]+)/g)) {
      if (path!.startsWith('node_modules/electron/')) continue; // installed by npm ci on the runner
      expect(existsSync(join(ROOT, path!)), path).toBe(true);
    }
    expect(workflow).toContain('tests/e2e/electron.spec.ts');
  });

  it('covers Linux under xvfb, macOS and Windows', () => {
    expect(workflow).toMatch(/os: \[ubuntu-latest, macos-latest, windows-latest\]/);
    expect(workflow).toMatch(/xvfb-run .*electron\.spec\.ts/);
  });
});
