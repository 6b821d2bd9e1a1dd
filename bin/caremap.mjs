#!/usr/bin/env node
// Runs Caremap's command line: plain JavaScript built into out/main/cli.js by `npm run build`, so it needs only the
// production dependencies (no tsx, no TypeScript at run time).
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'caremap: the command line has not been built yet. Run "npm run build" in the Caremap folder, then try again.',
  );
  process.exit(1);
}
const { runCli } = await import(cli.href);
process.exitCode = await runCli(process.argv.slice(2));
