// Browser mode's HTTP transport: loopback only, token, Host and Origin checks, validation, and safe static files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createBackend, type Backend } from '../../../src/main/api/create-backend';
import { startHttpServer, type RunningServer } from '../../../src/main/transport/http-server';
import type { CanvasDocument } from '../../../src/shared/canvas-records';

const TOKEN = 'test-token-0123456789abcdef';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback HTTP transport', () => {
  let dir: string;
  let backend: Backend;
  let server: RunningServer;
  let doc: CanvasDocument;

  const call = (op: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(server.port, {
      method: 'POST',
      path: `/api/${op}`,
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': TOKEN, ...headers },
      body: JSON.stringify(body),
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caremap-http-'));
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Caremap</title>');
    writeFileSync(join(dir, 'secret.html'), 'not for the browser');
    backend = createBackend({ mode: 'browser', version: '0.0.0-test', dataDir: dir, mapsFolder: join(dir, 'maps') });
    mkdirSync(join(dir, 'maps'));
    doc = backend.openInitialMap(join(dir, 'maps', 'Test.caremap'));
    server = await startHttpServer({ handlers: backend.handlers, staticDir, token: TOKEN });
  });

  afterEach(async () => {
    await server.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL carrying a one-time code, never the key', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#code=[\\w-]{20,}$`));
    expect(server.url).not.toContain(TOKEN);
    expect(server.newUrl()).not.toBe(server.url);
  });

  describe('one-time codes', () => {
    const redeem = (code: string, headers: Record<string, string> = {}) =>
      raw(server.port, {
        method: 'POST',
        path: '/session',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ code }),
      });
    const codeOf = (url: string) => /#code=([\w-]+)$/.exec(url)![1]!;

    it('a code gives the session key once, and the key works', async () => {
      const first = await redeem(codeOf(server.url));
      expect(first.status).toBe(200);
      expect(JSON.parse(first.body)).toEqual({ ok: true, value: { key: TOKEN } });
      expect((await call('map.current', {})).status).toBe(200);
    });

    it('refuses a code used before, in words that say how to get a new address', async () => {
      const code = codeOf(server.url);
      expect((await redeem(code)).status).toBe(200);
      const again = await redeem(code);
      expect(again.status).toBe(403);
      expect(again.body).not.toContain(TOKEN);
      expect(JSON.parse(again.body).error.message).toContain('press Enter for a new address');
    });

    it('refuses an unknown code, a code from another site, and a GET', async () => {
      expect((await redeem('not-a-code')).status).toBe(403);
      const code = codeOf(server.newUrl());
      expect((await redeem(code, { Origin: 'http://evil.example' })).status).toBe(403);
      expect((await raw(server.port, { path: `/session?code=${code}` })).status).toBe(405);
      // Still unused after those refusals.
      expect((await redeem(code)).status).toBe(200);
    });
  });

  it('runs an operation with the right token and returns the change', async () => {
    const kindId = doc.kinds[0]!.id;
    const res = await call('actors.create', { name: '  Ada   Okafor ', kindId, x: 10, y: 20 });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(true);
    expect(body.value.changes.actorsPut[0]).toMatchObject({ name: 'Ada Okafor', kindId, x: 10, y: 20 });
  });

  it('refuses requests without the token, or with a wrong one, and changes nothing', async () => {
    const kindId = doc.kinds[0]!.id;
    const missing = await raw(server.port, {
      method: 'POST',
      path: '/api/actors.create',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'X', kindId, x: 0, y: 0 }),
    });
    const wrong = await call('actors.create', { name: 'X', kindId, x: 0, y: 0 }, { 'X-Caremap-Token': 'nope' });
    expect(missing.status).toBe(403);
    expect(wrong.status).toBe(403);
    const current = JSON.parse((await call('map.current', {})).body);
    expect(current.value.canvas.actorIds).toHaveLength(0);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (another site)', async () => {
    const host = await raw(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(host.status).toBe(421);
    const origin = await call('map.current', {}, { Origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
  });

  it('refuses non-JSON bodies so a plain HTML form on another site cannot post', async () => {
    const res = await raw(server.port, {
      method: 'POST',
      path: '/api/map.current',
      headers: { 'Content-Type': 'text/plain', 'X-Caremap-Token': TOKEN },
      body: '{}',
    });
    expect(res.status).toBe(415);
  });

  it('rejects invalid input with a clear message, and unknown operations', async () => {
    const bad = JSON.parse((await call('actors.move', { moves: [{ id: 'a', x: 'left', y: 0 }] })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid-input');
    expect(bad.error.message).toContain('actors.move');
    const unknown = JSON.parse((await call('files.delete', {})).body);
    expect(unknown.error.code).toBe('unknown-operation');
    const notJson = await raw(server.port, {
      method: 'POST',
      path: '/api/map.current',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': TOKEN },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const index = await raw(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("object-src 'none'");
    for (const path of ['/../secret.html', '/%2e%2e/secret.html', '/..%2fsecret.html', '/%2e%2e%2fsecret.html']) {
      const res = await raw(server.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('not for the browser');
    }
  });
});
