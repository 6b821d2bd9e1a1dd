// Turns raw transport input into a handler's typed input, or a CaremapError that says what was wrong.
import { schemas, isOperationName, type Input, type OperationName } from './api';
import { CaremapError } from './errors';

export function parseRequest<K extends OperationName>(name: K, raw: unknown): Input<K>;
export function parseRequest(name: unknown, raw: unknown): unknown {
  if (!isOperationName(name)) {
    throw new CaremapError('unknown-operation', `Caremap does not know the operation "${String(name).slice(0, 60)}".`);
  }
  const result = schemas[name].safeParse(raw ?? undefined);
  if (!result.success) {
    const first = result.error.issues[0];
    const field = first?.path.join('.') || undefined;
    const detail = first ? first.message : 'it did not match';
    // Sentences written for a person (ours end with a full stop; zod's own messages do not) are shown as they are;
    // anything else came from a program sending the wrong shape, and says which request and field.
    const message = isSentence(detail)
      ? detail
      : `The request "${name}" was refused: ${field ? `${field}: ` : ''}${detail}`;
    throw new CaremapError('invalid-input', message, field ? { field } : undefined);
  }
  return result.data;
}

function isSentence(message: string): boolean {
  return /^[A-Z“]/.test(message) && /[.!?]$/.test(message);
}
