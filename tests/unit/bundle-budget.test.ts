// The bundle-size check reads the scripts index.html loads at start-up and fails over budget.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundle as check, startupScripts as scripts } from '../../scripts/check-bundle-size.mjs';

const dir = mkdtempSync(join(tmpdir(), 'caremap-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle budget', () => {
  const html =
    '<script type="module" crossorigin src="./assets/index-a1.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js"><link rel="stylesheet" href="./assets/index.css">';

  it('counts the entry script and the chunks it preloads, not workers or styles', () => {
    expect(scripts(html)).toEqual(['./assets/index-a1.js', './assets/vendor-b2.js']);
  });

  it('passes under budget and fails over it', () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets', 'index-a1.js'), 'x'.repeat(3 * 1024));
    writeFileSync(join(dir, 'assets', 'vendor-b2.js'), 'x'.repeat(2 * 1024));
    writeFileSync(join(dir, 'assets', 'analysis.worker-c3.js'), 'x'.repeat(50 * 1024));
    expect(check(dir, 5).ok).toBe(true);
    expect(check(dir, 5).totalKb).toBeCloseTo(5, 5);
    expect(check(dir, 4.9).ok).toBe(false);
  });
});
