// Wraps every handler so what SQLite or the disk throws while writing (disk full, a read-only map) reaches the person
// as a sentence with its own code, never as "unexpected problem".
import type { Handlers } from '../../shared/api';
import { translateWriteError } from '../store/store-errors';

type AnyHandler = (input: unknown) => unknown;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Promise<unknown>).then === 'function';
}

/** `currentFile` names the open map in the error, so the sentence can say which file. */
export function withStoreErrors(handlers: Handlers, currentFile: () => string | undefined): Handlers {
  const wrapped: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    wrapped[name] = (input) => {
      try {
        const result = handler(input);
        return isPromise(result)
          ? result.catch((error: unknown) => {
              throw translateWriteError(error, currentFile());
            })
          : result;
      } catch (error) {
        throw translateWriteError(error, currentFile());
      }
    };
  }
  return wrapped as unknown as Handlers;
}
