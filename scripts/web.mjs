// `npm run web`: browser mode — builds if needed, then serves Caremap on 127.0.0.1 and opens it in the default browser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/ensure-built.mjs';

export function runBrowserMode(args) {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBuilt();
  runBrowserMode(process.argv.slice(2));
}
