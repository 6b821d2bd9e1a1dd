// The command line's entry: `caremap COMMAND …`, dispatched to the commands in ./commands.
import { pathToFileURL } from 'node:url';
import { consoleIo, type CliIo, type ExitCode } from './cli-io';
import { COMMANDS } from './commands';

export type { CliIo } from './cli-io';

function usage(): string {
  return ['Usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/** Returns the exit code: 0 done, 1 a file could not be used (nothing was changed), 2 the command was wrong. */
export async function runCli(args: readonly string[], io: CliIo = consoleIo): Promise<ExitCode> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`caremap: there is no command "${name}".\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}`);
    return 0;
  }
  return command.run(rest, io);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
