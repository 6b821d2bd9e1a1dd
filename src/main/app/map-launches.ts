// Maps opened from outside: a double-click on macOS arrives as `open-file` (maybe before the app is ready), on Windows
// and Linux as a second instance's argv handed over by the single-instance lock. Before the window exists they are
// kept, and the newest becomes the first map shown; afterwards each opens in the running window.
import { findMapArg } from './launch-args';

/** The parts of Electron's `app` used here, so tests can hand in an EventEmitter. */
export interface LaunchEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export interface MapLaunches {
  /** The map to show first: one handed over before ready, else the one in this instance's own argv. */
  initialMap(argv: readonly string[], cwd: string): string | undefined;
  /** From now on, maps handed over open at once through `open`. */
  ready(open: (path: string) => void): void;
}

export function watchMapLaunches(
  app: LaunchEvents,
  bringToFront: () => void,
  platform: NodeJS.Platform = process.platform,
): MapLaunches {
  let pending: string | undefined;
  let open: ((path: string) => void) | null = null;
  const arrive = (path: string) => {
    if (open) open(path);
    else pending = path;
  };
  app.on('open-file', (event, path) => {
    // Without preventDefault macOS reports that Caremap could not open the file.
    event.preventDefault();
    arrive(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    bringToFront();
    const path = findMapArg(argv, workingDirectory, platform);
    if (path) arrive(path);
  });
  return {
    initialMap: (argv, cwd) => {
      const handedOver = pending;
      pending = undefined;
      return handedOver ?? findMapArg(argv, cwd, platform);
    },
    ready: (opener) => {
      open = opener;
      if (pending !== undefined) {
        const path = pending;
        pending = undefined;
        opener(path);
      }
    },
  };
}
