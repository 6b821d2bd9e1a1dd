// For tests that run the command line as a person would: bin/caremap.mjs runs the built out/main/cli.js, so build
// first when the output is missing or older than the sources (a no-op inside `npm test`, which builds before).
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`, without type declarations
import { ensureBuilt, root } from '../../scripts/lib/ensure-built.mjs';

export function cliBin(): string {
  ensureBuilt();
  return join(root as string, 'bin', 'caremap.mjs');
}
