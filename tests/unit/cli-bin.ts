// For tests that run the command line as a person would: bin/caremap.mjs runs the built out/main/cli.js, so build
// first when the output is missing or older than the sources (a no-op inside `npm test`, which builds before).
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`, without type declarations
import { ensureBuilt, root } from '../../scripts/lib/ensure-built.mjs';

// Several test files run in parallel forks; one builds while the others wait, so two builds never write out/ at once.
// The lock lives outside out/, which the build empties.
const LOCK = join(root as string, 'node_modules', '.cache', 'caremap-build.lock');
// A build takes well under this; an older lock was left by a killed run.
const STALE_LOCK_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function takeLock(): void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      sleep(200);
    }
  }
}

export function cliBin(): string {
  takeLock();
  try {
    (ensureBuilt as () => void)();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return join(root as string, 'bin', 'caremap.mjs');
}
