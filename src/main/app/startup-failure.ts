// What happens when the window cannot be started (the map will not open, the data folder is not writable):
// say so in a native box and quit, rather than leave a running app with no window and an unhandled rejection.
import { CaremapError } from '../../shared/errors';

export interface StartupFailureDeps {
  showErrorBox(title: string, content: string): void;
  quit(): void;
  log(...args: unknown[]): void;
}

export const STARTUP_FAILED_TITLE = 'Caremap could not start';

export function reportStartupFailure(error: unknown, deps: StartupFailureDeps): void {
  deps.log('Caremap could not start:', error);
  // A CaremapError's message is already a sentence for a person; anything else is a bug, so give the next step.
  const reason =
    error instanceof CaremapError
      ? error.message
      : 'Something went wrong while opening the window. Start Caremap again; if it keeps happening, start it with a new map.';
  deps.showErrorBox(STARTUP_FAILED_TITLE, reason);
  deps.quit();
}
