#!/usr/bin/env node
// Runs the TypeScript command line (src/cli/caremap.ts) through tsx, passing the arguments and the exit code straight through.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/cli/caremap.ts', import.meta.url));
// Resolved from this file, not the working directory, so `caremap` works from any folder.
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--import', tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
});
