// Runs one API call for any transport: validate the raw input, call the handler, wrap the answer for the wire.
import type { Handlers, OperationName, WireResult } from '../../shared/api';
import { parseRequest } from '../../shared/validate';
import { CaremapError, type ErrorCode } from '../../shared/errors';
import type { CallMeta } from '../../shared/live-map';
import { runWithCallMeta } from '../api/call-context';

/** `meta` says which view is calling and which map it shows (already cleaned by the transport). */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  meta: CallMeta = {},
): Promise<WireResult<unknown>> {
  try {
    const input = parseRequest(name as OperationName, rawInput);
    const handler = handlers[name as OperationName] as (input: unknown) => unknown;
    const value = await runWithCallMeta(meta, () => handler(input));
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof CaremapError) return { ok: false, error: error.toData() };
    // Not one of ours: log the detail for us, tell the person something they can act on.
    console.error(`Caremap: ${String(name)} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'Caremap hit an unexpected problem and did not make that change. Your map is as it was; please try again.',
      },
    };
  }
}

/**
 * HTTP status for each error code, so browser tools and logs read sensibly. Every code Caremap sends with a sentence
 * has one here (the Record makes a new code a type error until it is given one); only 'internal' is a 500.
 */
const STATUS_FOR_ERROR: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'unknown-operation': 400,
  'not-a-map': 400,
  'corrupt-map': 400,
  'unexpected-schema': 400,
  'newer-version': 400,
  'bad-spreadsheet': 400,
  unauthorised: 403,
  'read-only': 403,
  'not-found': 404,
  'file-not-found': 404,
  'map-in-use': 409,
  'map-changed': 409,
  'stale-edit': 409,
  'file-exists': 409,
  'no-map-open': 409,
  'name-taken': 409,
  'in-use': 409,
  'io-error': 422,
  'disk-full': 507,
  internal: 500,
};

export function statusForError(code: string): number {
  return STATUS_FOR_ERROR[code as ErrorCode] ?? 500;
}
