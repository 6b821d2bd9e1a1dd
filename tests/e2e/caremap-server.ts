// Starts and stops a real browser-mode server (out/main/web.js) on a map file, for end-to-end tests and benches.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServerHandle {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** `root`: another checkout's build to run (a bench comparing two versions side by side); default this one. */
export function startCaremapServer(args: { dataDir: string; mapPath?: string; root?: string }): Promise<ServerHandle> {
  const root = args.root ?? ROOT;
  const argv = [join(root, 'out', 'main', 'web.js'), '--no-open', '--data-dir', args.dataDir];
  if (args.mapPath) argv.push('--map', args.mapPath);
  const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Caremap server did not start:\n${output}`)), 20_000);
    const check = () => {
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child, output: () => output, stop });
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Caremap server exited (${code}) before it was ready:\n${output}`));
    });
  });
}
