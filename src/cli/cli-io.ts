// What every command-line command is given: where to print, and the shape a command takes.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const consoleIo: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** Exit codes: 0 done, 1 a file could not be used (nothing was changed), 2 the command was written wrongly. */
export type ExitCode = 0 | 1 | 2;

export interface CliCommand {
  /** One line, e.g. "caremap analyse MAP.caremap [--json]". */
  usage: string;
  /** args: everything after the command's name. */
  run(args: readonly string[], io: CliIo): Promise<ExitCode> | ExitCode;
}

/** Prints a failure the way every command does: the error's own sentence, never a stack trace. */
export function printFailure(io: CliIo, error: unknown): ExitCode {
  io.err(`caremap: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
