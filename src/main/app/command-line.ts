// Reads Caremap's own start-up flags (--data-dir, --map, --port, --no-open) from argv, ignoring anything else.

export interface StartOptions {
  dataDir?: string;
  mapsFolder?: string;
  mapPath?: string;
  port?: number;
  open: boolean;
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === flag) return args[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export function parseStartOptions(args: readonly string[]): StartOptions {
  const portText = valueOf(args, '--port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${portText}".`);
  }
  return {
    dataDir: valueOf(args, '--data-dir'),
    mapsFolder: valueOf(args, '--maps-folder'),
    mapPath: valueOf(args, '--map'),
    port,
    open: !args.includes('--no-open'),
  };
}
