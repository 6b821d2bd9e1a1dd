// The command line's commands by name; each lives in its own file and reuses the app's store and domain code.
import type { CliCommand } from '../cli-io';
import { analyseCommand } from './analyse';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';

export const COMMANDS: Record<string, CliCommand> = {
  analyse: analyseCommand,
  export: exportCommand,
  import: importCommand,
  info: infoCommand,
};
