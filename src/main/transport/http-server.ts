// Browser mode's transport: the same handlers as Electron IPC, over HTTP on 127.0.0.1 only, behind a per-run key that
// the page gets by trading a one-time code (see one-time-codes.ts), so the key itself is never printed or on a command line.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api';
import { dispatch, statusForError } from './dispatch';
import { OneTimeCodes } from './one-time-codes';
import { readStaticFile } from './static-files';
import { SECURITY_HEADERS } from './security-headers';
import { serveEvents, type EventSourceOfViews } from './sse-route';
import { BASE_HEADER, cleanCallMeta, EVENTS_PATH, MAP_HEADER, VIEW_HEADER } from '../../shared/live-map';
import { wireJson } from './wire-json';

export interface HttpServerOptions {
  handlers: Handlers;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  /** Secret every API request must carry in the X-Caremap-Token header; handed out only for a one-time code. */
  token: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** The change stream, served at GET /events to pages holding the key (absent: 404). */
  events?: EventSourceOfViews;
}

export interface RunningServer {
  /** Address to open, with a one-time code in the fragment: it works for one page, once. */
  url: string;
  /** Another address with a fresh one-time code (the first was used, or its tab was closed). */
  newUrl(): string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'unauthorised', message } });
}

function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Where the page trades its one-time code for the session key. */
export const SESSION_PATH = '/session';

const ADDRESS_USED =
  'This address has already been used: each address Caremap prints works once. In the window where Caremap is running, press Enter for a new address (or start Caremap again).';

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too-large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { handlers, staticDir, token } = options;
  const codes = new OneTimeCodes();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;
  // Only our own host names: a page on another site that rebinds its DNS to 127.0.0.1 still sends its own Host.
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  // Every failure is caught below and answered with a 500, so the promise handed back can be dropped.
  const server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (!allowedHosts().has(req.headers.host ?? ''))
        return refuse(res, 421, 'Caremap only answers on its own loopback address.');
      const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);

      if (url.pathname === SESSION_PATH) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST to start a session.');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin))
          return refuse(res, 403, 'Requests from other sites are refused.');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return refuse(res, 415, 'Caremap’s API takes JSON.');
        let given: unknown;
        try {
          given = (JSON.parse(await readBody(req, 1024)) as { code?: unknown }).code;
        } catch {
          given = undefined;
        }
        if (!codes.redeem(given)) return refuse(res, 403, ADDRESS_USED);
        return sendJson(res, 200, { ok: true, value: { key: token } });
      }

      if (url.pathname === EVENTS_PATH && options.events) {
        // Same checks as the API: the stream carries the map's records. The page reads it with fetch (EventSource
        // cannot send the key in a header, and a key in the URL would end up in logs and history).
        if (req.method !== 'GET') return refuse(res, 405, 'Use GET for Caremap’s change stream.');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin))
          return refuse(res, 403, 'Requests from other sites are refused.');
        if (!tokensMatch(req.headers['x-caremap-token'] as string | undefined, token)) {
          return refuse(res, 403, `This page has no key for the running Caremap. ${ADDRESS_USED}`);
        }
        return serveEvents(res, options.events);
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST for Caremap’s API.');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin))
          return refuse(res, 403, 'Requests from other sites are refused.');
        if (!tokensMatch(req.headers['x-caremap-token'] as string | undefined, token)) {
          return refuse(res, 403, `This page has no key for the running Caremap. ${ADDRESS_USED}`);
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return refuse(res, 415, 'Caremap’s API takes JSON.');
        }
        let raw: unknown;
        try {
          const text = await readBody(req, maxBody);
          raw = text.length ? JSON.parse(text) : undefined;
        } catch (error) {
          const tooLarge = error instanceof Error && error.message === 'too-large';
          return sendJson(res, tooLarge ? 413 : 400, {
            ok: false,
            error: {
              code: 'invalid-input',
              message: tooLarge ? 'That request is too large.' : 'The request was not valid JSON.',
            },
          });
        }
        const name = url.pathname.slice('/api/'.length);
        const meta = cleanCallMeta({
          viewId: req.headers[VIEW_HEADER],
          mapId: req.headers[MAP_HEADER],
          baseVersion: req.headers[BASE_HEADER],
        });
        const result = await dispatch(handlers, name, raw, meta);
        const status = result.ok ? 200 : statusForError(result.error.code);
        return send(res, status, wireJson(name, result), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Not allowed.');
      const file = await readStaticFile(staticDir, url.pathname);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType);
    } catch (error) {
      console.error('Caremap server error:', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Caremap’s server hit a problem.' } });
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/#code=${codes.issue()}`,
        newUrl: () => `http://${LOOPBACK}:${port}/#code=${codes.issue()}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
