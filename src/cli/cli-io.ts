// What every command-line command is given: where to print, and the shape a command takes.
import { parseArgs } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const consoleIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

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

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: false }>;
type Values<O extends OptionSpec> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

/**
 * Every command names exactly one file and some options: read them, or say what was wrong with the usage line and
 * answer null (the command then exits with 2).
 */
export function parseFileCommand<O extends OptionSpec>(
  args: readonly string[],
  options: O,
  usage: string,
  io: CliIo,
): { file: string; values: Values<O> } | null {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    io.err(`${(error as Error).message}\nUsage: ${usage}`);
    return null;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    io.err(`Usage: ${usage}`);
    return null;
  }
  return { file, values: parsed.values };
}
