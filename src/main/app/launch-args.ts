// Finds the map a launch asks for in its argv, the same way on every platform: double-clicking a .caremap file on
// Windows and Linux starts Caremap (or its second instance) with the file's path as an argument.
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAP_EXTENSION = '.caremap';

/** Caremap's own flags that take a value as the next argument, so that value is not mistaken for a map. */
const FLAGS_WITH_VALUE = new Set(['--data-dir', '--maps-folder', '--port']);

/** Some Windows launchers (and a shell's `start`) pass the path with its quotes still on. */
export function unquote(arg: string): string {
  const trimmed = arg.trim();
  const first = trimmed[0];
  if (trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first)) return trimmed.slice(1, -1);
  return trimmed;
}

function toPath(arg: string): string {
  const text = unquote(arg);
  // A file manager may hand over a file:// URL rather than a path.
  if (/^file:\/\//i.test(text)) {
    try {
      return fileURLToPath(text);
    } catch {
      return text;
    }
  }
  return text;
}

function isMapPath(path: string): boolean {
  return path.toLowerCase().endsWith(MAP_EXTENSION);
}

/**
 * The absolute path of the map named in `argv` (argv[0] is the executable), resolved against `cwd`; undefined when
 * there is none. `--map PATH` / `--map=PATH` name a map whatever its extension (a new one may be made there); otherwise
 * the first argument ending in .caremap counts. Other flags — Chromium's switches added to a second instance's argv,
 * macOS's `-psn_…` — are skipped; after `--` every argument is a path.
 */
export function findMapArg(
  argv: readonly string[],
  cwd: string,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const path = platform === 'win32' ? win32 : posix;
  const resolveArg = (arg: string) => path.resolve(cwd, toPath(arg));
  let positionalOnly = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!positionalOnly && arg === '--') {
      positionalOnly = true;
      continue;
    }
    if (!positionalOnly && arg.startsWith('-')) {
      if (arg === '--map') return argv[i + 1] === undefined ? undefined : resolveArg(argv[i + 1]!);
      if (arg.startsWith('--map=')) return resolveArg(arg.slice('--map='.length));
      if (FLAGS_WITH_VALUE.has(arg)) i++;
      continue;
    }
    if (isMapPath(toPath(arg))) return resolveArg(arg);
  }
  return undefined;
}
