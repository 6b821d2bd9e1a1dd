// The only place in the renderer that knows how the main process is reached: Electron's bridge or loopback HTTP.
import type { CaremapApi, Output, Request, ServerEvent, WireResult } from '../../../shared/api';
import { OPERATION_NAMES, type OperationName } from '../../../shared/operations';
import { CaremapError, isCaremapErrorData } from '../../../shared/errors';
import type { CaremapBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    caremap?: CaremapBridge;
  }
}

const TOKEN_KEY = 'caremap.token';

/** Browser mode: the server prints a URL with #token=…; keep it for reloads of this tab, then drop it from the address bar. */
function browserToken(): string {
  const match = /[#&]token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall<K extends OperationName>(token: string, name: K, input: Request<K>): Promise<WireResult<Output<K>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'io-error',
        message: 'Caremap’s server is not answering. If you closed it, start it again with "npm run web" and reload this page.',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as WireResult<Output<K>>;
  return { ok: false, error: { code: 'internal', message: `Caremap’s server answered ${response.status} without a result.` } };
}

function createApi(): { api: CaremapApi; onServerEvent: (listener: (event: ServerEvent) => void) => () => void } {
  const bridge = window.caremap;
  const token = bridge ? '' : browserToken();
  const call = <K extends OperationName>(name: K, input: Request<K>): Promise<WireResult<Output<K>>> =>
    bridge ? bridge.call(name, input) : httpCall(token, name, input);

  const api = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const result = await call(name, input as never);
        if (result.ok) return result.value;
        throw isCaremapErrorData(result.error)
          ? CaremapError.fromData(result.error)
          : new CaremapError('internal', 'Something went wrong in Caremap.');
      },
    ]),
  ) as CaremapApi;

  const onServerEvent = (listener: (event: ServerEvent) => void) => (bridge ? bridge.onEvent(listener) : () => {});
  return { api, onServerEvent };
}

export const { api, onServerEvent } = createApi();
