// Finds the programs the graph-file tests check exports with (xmllint, a python3 with networkx and igraph) and
// runs them without a shell. In CI a missing program fails the test (.ci/run installs them); on a developer's
// machine the test is skipped with the reason printed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function runTool(file: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(file, args, { maxBuffer: 16 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number | string };
    if (e.code === 'ENOENT') throw error;
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: typeof e.code === 'number' ? e.code : 1 };
  }
}

/** The first command that runs `args` successfully, or null. */
async function firstWorking(candidates: string[], args: string[]): Promise<string | null> {
  for (const file of candidates) {
    try {
      if ((await runTool(file, args)).code === 0) return file;
    } catch {
      // Not installed here: try the next one.
    }
  }
  return null;
}

export const findXmllint = () => firstWorking(['xmllint', '/usr/bin/xmllint'], ['--version']);
/** Debian's python3 first: a pyenv or venv python3 earlier on PATH may lack Debian's python3-networkx. */
export const findPythonWithReaders = () =>
  firstWorking(['/usr/bin/python3', 'python3'], ['-c', 'import networkx, igraph']);

/** The tool's command when found; otherwise skips the test (locally) or throws (in CI), saying what to install. */
export function requireTool(found: string | null, what: string, skip: (reason: string) => void): string {
  if (found !== null) return found;
  const reason = `${what} is not installed (Debian: apt-get install ${what === 'xmllint' ? 'libxml2-utils' : 'python3-networkx python3-igraph'})`;
  if (process.env.CI) throw new Error(`${reason}; .ci/run should have installed it.`);
  console.warn(`Skipped: ${reason}.`);
  skip(reason);
  return '';
}
