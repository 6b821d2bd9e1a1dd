// Turns anything thrown by an API call into one sentence a facilitator can act on.
import { CaremapError } from '../../../shared/errors';

export function describeError(error: unknown): string {
  if (error instanceof CaremapError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong, and Caremap could not say what.';
}
