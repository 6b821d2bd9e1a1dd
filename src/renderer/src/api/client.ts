// The only place in the renderer that knows how the main process is reached: Electron's bridge or loopback HTTP.
import type { CaremapApi, Output, Request, ServerEvent, WireResult } from '../../../shared/api';
import { OPERATION_NAMES, type OperationName } from '../../../shared/operations';
import { CaremapError, isCaremapErrorData } from '../../../shared/errors';
import type { CaremapBridge } from '../../../shared/bridge';
import { BASE_HEADER, MAP_HEADER, VIEW_HEADER, type CallMeta } from '../../../shared/live-map';
import { editBaseNow } from './edit-base';
import { startEventStream } from './event-stream';

declare global {
  interface Window {
    caremap?: CaremapBridge;
  }
}

const TOKEN_KEY = 'caremap.token';

/** This view (tab or window), so it can tell its own edits when the change stream echoes them. */
export const viewId = crypto.randomUUID().replaceAll('-', '');
let viewedMapId: string | undefined;

/** The map this view shows: every call says so, and main refuses map-bound calls once another map is open. */
export function setViewedMap(mapId: string | undefined): void {
  viewedMapId = mapId;
}

function callMeta(): CallMeta {
  const meta: CallMeta = viewedMapId ? { viewId, mapId: viewedMapId } : { viewId };
  const base = editBaseNow();
  if (base !== undefined) meta.baseVersion = base;
  return meta;
}

/** Trades the one-time code for the session key; null when the server refuses it (already used, or unknown). */
async function redeemCode(code: string): Promise<string | null> {
  try {
    const response = await fetch('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body = (await response.json().catch(() => null)) as { ok?: boolean; value?: { key?: unknown } } | null;
    return body?.ok && typeof body.value?.key === 'string' ? body.value.key : null;
  } catch {
    return null;
  }
}

/**
 * Browser mode: the server prints a URL with #code=… (a one-time code, never the key). The code leaves the address bar
 * at once, is traded for the session key, and the key is kept for reloads of this tab only. A refused code (this tab
 * reopened the same address) falls back to the key the tab already has.
 */
async function browserToken(): Promise<string> {
  const match = /[#&]code=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    history.replaceState(null, '', window.location.pathname + window.location.search);
    const key = await redeemCode(match[1]);
    if (key !== null) {
      sessionStorage.setItem(TOKEN_KEY, key);
      return key;
    }
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall<K extends OperationName>(
  key: Promise<string>,
  name: K,
  input: Request<K>,
  meta: CallMeta,
): Promise<WireResult<Output<K>>> {
  const token = await key;
  let response: Response;
  const metaHeaders: Record<string, string> = {
    [VIEW_HEADER]: meta.viewId ?? '',
    ...(meta.mapId ? { [MAP_HEADER]: meta.mapId } : {}),
    ...(meta.baseVersion !== undefined ? { [BASE_HEADER]: String(meta.baseVersion) } : {}),
  };
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': token, ...metaHeaders },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'io-error',
        message:
          'Caremap’s server is not answering. If you closed it, start it again with "npm run web" and reload this page.',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as WireResult<Output<K>>;
  return {
    ok: false,
    error: { code: 'internal', message: `Caremap’s server answered ${response.status} without a result.` },
  };
}

function createApi(): {
  api: CaremapApi;
  onServerEvent: (listener: (event: ServerEvent) => void) => () => void;
  keyReady: Promise<unknown>;
} {
  const bridge = window.caremap;
  const token = bridge ? Promise.resolve('') : browserToken();
  const call = <K extends OperationName>(name: K, input: Request<K>): Promise<WireResult<Output<K>>> =>
    bridge ? bridge.call(name, input, callMeta()) : httpCall(token, name, input, callMeta());

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

  // Browser mode: one stream per page, opened with the first listener and shared by all.
  const listeners = new Set<(event: ServerEvent) => void>();
  let streaming = false;
  const onServerEvent = (listener: (event: ServerEvent) => void) => {
    if (bridge) return bridge.onEvent(listener);
    listeners.add(listener);
    if (!streaming) {
      streaming = true;
      startEventStream(token, (event) => listeners.forEach((l) => l(event)));
    }
    return () => void listeners.delete(listener);
  };
  return { api, onServerEvent, keyReady: token };
}

/** `keyReady` settles once calls can be sent (browser mode: the one-time code traded for the session key). */
export const { api, onServerEvent, keyReady } = createApi();
