// Runs an async event handler from a React event (which cannot wait for it) and shows its failure as a toast,
// so an edit that fails says so instead of disappearing into an unhandled rejection.
import { describeError } from './describe-error';
import { showError } from './session-store';

export function inBackground<A extends unknown[]>(handler: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((error: unknown) => showError(describeError(error)));
  };
}
