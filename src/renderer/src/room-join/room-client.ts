// The joined device's only way to the laptop: trade the join code for a token, then call the room's operations with it.
import {
  ROOM_API_PREFIX,
  ROOM_JOIN_PATH,
  type RoomJoinAnswer,
  type RoomOperation,
  type RoomOperationInputs,
  type RoomOperationOutputs,
} from '../../../shared/room';

/** A refusal or failure, carrying the laptop's own sentence to show as it is. */
export class RoomError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'RoomError';
  }
}

const UNREACHABLE =
  'The facilitator’s laptop is not answering. Check that this phone is on the room’s Wi-Fi, then try again.';

/** Reads the laptop's answer: `{ ok, value }` or `{ ok: false, error: { code, message } }` as the rest of Caremap. */
export async function readAnswer<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) {
    const wire = body as { ok: boolean; value?: T; error?: { code?: unknown; message?: unknown } };
    if (wire.ok) return wire.value as T;
    const message = typeof wire.error?.message === 'string' ? wire.error.message : null;
    throw new RoomError(
      message ?? 'The facilitator’s laptop refused that.',
      typeof wire.error?.code === 'string' ? wire.error.code : 'refused',
    );
  }
  throw new RoomError(`The facilitator’s laptop answered ${response.status} without a result. Try again.`, 'internal');
}

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Caremap-Token': token } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new RoomError(UNREACHABLE, 'io-error');
  }
}

export async function joinRoom(code: string, name: string): Promise<RoomJoinAnswer> {
  return readAnswer<RoomJoinAnswer>(await post(ROOM_JOIN_PATH, { code, name }));
}

export async function callRoom<K extends RoomOperation>(
  token: string,
  operation: K,
  input: RoomOperationInputs[K],
): Promise<RoomOperationOutputs[K]> {
  return readAnswer<RoomOperationOutputs[K]>(await post(ROOM_API_PREFIX + operation, input, token));
}
