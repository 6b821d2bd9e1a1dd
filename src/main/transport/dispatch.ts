// Runs one API call for any transport: validate the raw input, call the handler, wrap the answer for the wire.
import type { Handlers, OperationName, WireResult } from '../../shared/api';
import { parseRequest } from '../../shared/validate';
import { CaremapError } from '../../shared/errors';

export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<WireResult<unknown>> {
  try {
    const input = parseRequest(name as OperationName, rawInput);
    const handler = handlers[name as OperationName] as (input: unknown) => unknown;
    const value = await handler(input);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof CaremapError) return { ok: false, error: error.toData() };
    // Not one of ours: log the detail for us, tell the person something they can act on.
    console.error(`Caremap: ${String(name)} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Caremap hit an unexpected problem and did not make that change. Your map is as it was; please try again.',
      },
    };
  }
}

/** HTTP status for an error code, so browser tools and logs read sensibly. */
export function statusForError(code: string): number {
  switch (code) {
    case 'invalid-input':
    case 'unknown-operation':
    case 'not-a-map':
    case 'corrupt-map':
    case 'unexpected-schema':
    case 'newer-version':
    case 'bad-spreadsheet':
      return 400;
    case 'unauthorised':
      return 403;
    case 'not-found':
    case 'file-not-found':
      return 404;
    case 'map-in-use':
    case 'file-exists':
    case 'no-map-open':
    case 'name-taken':
    case 'in-use':
      return 409;
    default:
      return 500;
  }
}
