// The layer rules (.dependency-cruiser.cjs) catch what they promise: run on a small tree that breaks each one.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cruise, type IForbiddenRuleType, type IReporterOutput } from 'dependency-cruiser';

const ROOT = join(import.meta.dirname, '..', '..');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
};
const FIXTURE = mkdtempSync(join(tmpdir(), 'caremap-layer-rules-'));
// Package imports in the fixture resolve to the real packages, as they do in src/.
symlinkSync(join(ROOT, 'node_modules'), join(FIXTURE, 'node_modules'), 'dir');

const files: Record<string, string> = {
  'src/shared/pure.ts':
    "import { x } from '../main/store/db';\nimport { readFileSync } from 'node:fs';\nexport const y = [x, readFileSync];\n",
  'src/main/store/db.ts': "import Database from 'better-sqlite3';\nexport const x = Database;\n",
  'src/main/commands/edit.ts':
    "import Database from 'better-sqlite3';\nimport { app } from 'electron';\nexport const e = [Database, app];\n",
  'src/main/api/one.ts': "import type { Two } from './two';\nexport type One = { two?: Two };\n",
  'src/main/api/two.ts': "import type { One } from './one';\nexport type Two = { one?: One };\n",
  'src/renderer/src/state/store.ts': "import { feature } from '../canvas/feature';\nexport const s = feature;\n",
  'src/renderer/src/canvas/feature.ts': "import { x } from '../../../main/store/db';\nexport const feature = x;\n",
  'src/preload/index.ts': "import { z } from 'zod';\nexport const p = z;\n",
  'src/cli/run.ts': "import { s } from '../renderer/src/state/store';\nexport const r = s;\n",
};

afterAll(() => rmSync(FIXTURE, { recursive: true, force: true }));

describe('layer rules', () => {
  it('name every kind of forbidden import in a tree that breaks them all', async () => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(FIXTURE, path)), { recursive: true });
      writeFileSync(join(FIXTURE, path), text);
    }
    const result: IReporterOutput = await cruise(['src'], {
      baseDir: FIXTURE,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
    });
    if (typeof result.output === 'string') throw new Error('expected a cruise result, not text');
    const found = result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    const has = (rule: string, from: string) => found.some((f) => f.startsWith(`${rule}: ${from} ->`));
    expect(has('shared-is-pure', 'src/shared/pure.ts')).toBe(true);
    expect(has('shared-no-node-builtins', 'src/shared/pure.ts')).toBe(true);
    expect(has('sqlite-only-in-store', 'src/main/commands/edit.ts')).toBe(true);
    expect(has('sqlite-only-in-store', 'src/main/store/db.ts')).toBe(false);
    expect(has('electron-only-in-main-shell', 'src/main/commands/edit.ts')).toBe(true);
    expect(has('no-cycles', 'src/main/api/one.ts') || has('no-cycles', 'src/main/api/two.ts')).toBe(true);
    expect(has('renderer-state-not-features', 'src/renderer/src/state/store.ts')).toBe(true);
    expect(has('renderer-not-main', 'src/renderer/src/canvas/feature.ts')).toBe(true);
    expect(has('preload-is-narrow', 'src/preload/index.ts')).toBe(true);
    expect(has('cli-not-app', 'src/cli/run.ts')).toBe(true);
  });
});
