// The share listener: a second HTTP server, bound to the one address the facilitator chose, that joined devices reach.
// It is only a door: it checks Host and Origin, reads bounded JSON, finds the device by its token and hands the call
// to the gate (share-controller.ts), which checks the role. It never serves the facilitator's own API key or /session.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireResult } from '../../shared/api';
import { EVENTS_PATH } from '../../shared/live-map';
import { ROOM_API_PREFIX, ROOM_EVENTS_PATH, ROOM_JOIN_PAGE, ROOM_JOIN_PATH } from '../../shared/room';
import { readStaticFile } from '../transport/static-files';
import { statusForError } from '../transport/dispatch';
import { readBody, refuse, sendBody, sendJson } from './http-replies';

/** What the listener asks of the room; every method gets the device's token as sent, to be checked there. */
export interface RoomGate {
  join(raw: unknown, remoteAddress: string): { status: number; result: WireResult<unknown> };
  roomCall(token: string | undefined, name: string, raw: unknown): Promise<WireResult<unknown> | null>;
  fullCall(
    token: string | undefined,
    name: string,
    raw: unknown,
    headers: IncomingMessage['headers'],
  ): Promise<WireResult<unknown> | null>;
  /** False when the token is unknown or its role may not have that stream. */
  roomStream(token: string | undefined, res: ServerResponse): boolean;
  fullStream(token: string | undefined, res: ServerResponse): boolean;
}

export interface ShareListenerOptions {
  address: string;
  /** Tried first; if taken, any free port. */
  port: number;
  staticDir: string;
  gate: RoomGate;
}

export interface RunningShareListener {
  address: string;
  port: number;
  close(): Promise<void>;
}

/** Join forms and room calls are small; a paste of 200 names is the biggest thing a device sends. */
const MOST_BODY_BYTES = 256 * 1024;
const NO_TOKEN = 'This device is not in the room (or was removed). Open the join page and type the code on the screen.';

function listen(server: Server, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function startShareListener(options: ShareListenerOptions): Promise<RunningShareListener> {
  const { address, gate, staticDir } = options;
  let port = 0;
  const server = createServer((req, res) => void answer(req, res));
  // A device that opens connections and sends nothing (or a trickle) must not hold the laptop's sockets: requests
  // must arrive whole within seconds (event streams are answers, so they are not cut), and connections are capped.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.maxConnections = 600;

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<{ raw: unknown } | null> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 415, 'Caremap’s room takes JSON.', 'invalid-input');
      return null;
    }
    try {
      const text = await readBody(req, MOST_BODY_BYTES);
      return { raw: text.length ? (JSON.parse(text) as unknown) : undefined };
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too-large';
      refuse(
        res,
        tooLarge ? 413 : 400,
        tooLarge ? 'That request is too large.' : 'The request was not valid JSON.',
        'invalid-input',
      );
      return null;
    }
  }

  const reply = (res: ServerResponse, result: WireResult<unknown> | null) => {
    if (!result) return refuse(res, 403, NO_TOKEN);
    sendJson(res, result.ok ? 200 : statusForError(result.error.code), result);
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const here = `${address}:${port}`;
      // A page elsewhere that rebinds its DNS name to this address still sends its own Host; other sites' pages their Origin.
      if (req.headers.host !== here) return refuse(res, 421, 'Caremap’s room only answers on its own address.');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${here}`)
        return refuse(res, 403, 'Requests from other sites are refused.');
      const path = new URL(req.url ?? '/', `http://${here}`).pathname;
      const token = typeof req.headers['x-caremap-token'] === 'string' ? req.headers['x-caremap-token'] : undefined;

      if (path === ROOM_JOIN_PATH || path.startsWith(ROOM_API_PREFIX) || path.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST for this.', 'invalid-input');
        const body = await readJson(req, res);
        if (!body) return;
        if (path === ROOM_JOIN_PATH) {
          const { status, result } = gate.join(body.raw, req.socket.remoteAddress ?? 'unknown');
          return sendJson(res, status, result);
        }
        if (path.startsWith(ROOM_API_PREFIX))
          return reply(res, await gate.roomCall(token, path.slice(ROOM_API_PREFIX.length), body.raw));
        return reply(res, await gate.fullCall(token, path.slice('/api/'.length), body.raw, req.headers));
      }
      if (path === ROOM_EVENTS_PATH || path === EVENTS_PATH) {
        if (req.method !== 'GET') return refuse(res, 405, 'Use GET for the change stream.', 'invalid-input');
        const opened = path === ROOM_EVENTS_PATH ? gate.roomStream(token, res) : gate.fullStream(token, res);
        if (!opened) refuse(res, 403, NO_TOKEN);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Not allowed.', 'invalid-input');
      const file = await readStaticFile(staticDir, path === ROOM_JOIN_PAGE ? '/' : path);
      if (!file) return sendBody(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return sendBody(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType);
    } catch (error) {
      console.error('Caremap room listener error:', error);
      if (!res.headersSent) refuse(res, 500, 'Caremap hit a problem answering that. Try again.', 'internal');
    }
  }

  try {
    await listen(server, options.port, address);
  } catch (error) {
    // The usual port is taken (another Caremap, another program): any free one will do, the address says which.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    await listen(server, 0, address);
  }
  port = (server.address() as AddressInfo).port;
  return {
    address,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
