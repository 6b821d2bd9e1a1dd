// Browser mode's change stream over HTTP: GET /events needs the session key and our own Host/Origin, starts with the
// open map's mark, then carries every edit; the view and map headers reach the map-id check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type IncomingMessage } from 'node:http';
import { createBackend, type Backend } from '../../../src/main/api/create-backend';
import { startHttpServer, type RunningServer } from '../../../src/main/transport/http-server';
import type { ServerEvent } from '../../../src/shared/api';
import type { CanvasDocument } from '../../../src/shared/canvas-records';
import type { EditResult } from '../../../src/shared/domain';
import { parseEventText } from '../../../src/renderer/src/api/event-stream';

const TOKEN = 'test-token-0123456789abcdef';

let dir: string;
let backend: Backend;
let server: RunningServer;
let doc: CanvasDocument;

function post(
  op: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${op}`,
        headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': TOKEN, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Opens the stream; `next()` resolves with each event in turn. */
function openStream(
  headers: Record<string, string>,
): Promise<{ res: IncomingMessage; next: () => Promise<ServerEvent>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method: 'GET', path: '/events', headers }, (res) => {
      const queue: ServerEvent[] = [];
      const waiting: ((e: ServerEvent) => void)[] = [];
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        const parsed = parseEventText(buffer + chunk.toString());
        buffer = parsed.rest;
        for (const event of parsed.events) {
          const waiter = waiting.shift();
          if (waiter) waiter(event);
          else queue.push(event);
        }
      });
      resolve({
        res,
        next: () => new Promise((done) => (queue.length ? done(queue.shift()!) : waiting.push(done))),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caremap-events-'));
  mkdirSync(join(dir, 'renderer'));
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Caremap</title>');
  backend = createBackend({ mode: 'browser', version: '0.0.0-test', dataDir: dir, mapsFolder: join(dir, 'maps') });
  doc = backend.openInitialMap(join(dir, 'maps', 'Events.caremap'));
  server = await startHttpServer({
    handlers: backend.handlers,
    staticDir: join(dir, 'renderer'),
    token: TOKEN,
    events: {
      subscribe: (listener) => backend.events.subscribe(listener),
      hello: () => ({ name: 'stream.hello', payload: backend.live() ?? { mapId: null, seq: 0 } }),
    },
  });
});

afterEach(async () => {
  await server.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /events', () => {
  it('starts with the open map’s mark, then carries each edit with the calling view’s id', async () => {
    const stream = await openStream({ 'X-Caremap-Token': TOKEN });
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(await stream.next()).toEqual({ name: 'stream.hello', payload: { mapId: doc.live!.mapId, seq: 0 } });
    const answer = await post(
      'actors.create',
      { name: 'Ada', kindId: doc.kinds[0]!.id, x: 1, y: 2 },
      { 'X-Caremap-View': 'tabA', 'X-Caremap-Map': doc.live!.mapId },
    );
    const result = (JSON.parse(answer.body) as { value: EditResult }).value;
    const event = await stream.next();
    expect(event.name).toBe('map.changed');
    expect(event.payload).toMatchObject({ mapId: doc.live!.mapId, seq: 1, origin: 'tabA', changes: result.changes });
    stream.close();
  });

  it('refuses a page without the key, another site, a foreign Host and anything but GET', async () => {
    expect((await openStream({})).res.statusCode).toBe(403);
    expect((await openStream({ 'X-Caremap-Token': 'wrong-token-0123456789abcd' })).res.statusCode).toBe(403);
    expect((await openStream({ 'X-Caremap-Token': TOKEN, Origin: 'http://evil.example' })).res.statusCode).toBe(403);
    expect((await openStream({ 'X-Caremap-Token': TOKEN, Host: 'evil.example' })).res.statusCode).toBe(421);
    const wrongMethod = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/events',
          headers: { 'X-Caremap-Token': TOKEN },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.end();
    });
    expect(wrongMethod).toBe(405);
  });

  it('passes the map header to the map-id check: a stale tab’s edit is refused with 409 and a sentence', async () => {
    await post('map.new', { path: join(dir, 'maps', 'Other.caremap'), name: 'Other' }, { 'X-Caremap-View': 'tabB' });
    const answer = await post(
      'actors.create',
      { name: 'Wrong', kindId: doc.kinds[0]!.id, x: 0, y: 0 },
      { 'X-Caremap-View': 'tabA', 'X-Caremap-Map': doc.live!.mapId },
    );
    expect(answer.status).toBe(409);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'map-changed', message: expect.stringContaining('“Events” was closed') },
    });
  });
});
