// A full disk answers an edit with "The disk is full… nothing was lost", over the HTTP transport too (507, never 500),
// and every edit acknowledged before it is still in the file.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Handlers } from '../../../src/shared/api';
import { ERROR_CODES } from '../../../src/shared/errors';
import { editHandlers } from '../../../src/main/api/edit-handlers';
import { historyHandlers } from '../../../src/main/api/history-handlers';
import { MapSession } from '../../../src/main/api/map-session';
import { withStoreErrors } from '../../../src/main/api/store-error-handlers';
import { openMapStore, type MapStore } from '../../../src/main/store';
import { statusForError } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningServer } from '../../../src/main/transport/http-server';
import { tempDir } from '../store/temp-maps';

const TOKEN = 'disk-full-token-0123456789';
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.reverse()) await clean();
  cleanups = [];
});

/**
 * The disk "fills up" at the map's current size: SQLite's max_page_count refuses to grow the file with SQLITE_FULL,
 * exactly what it reports when the disk itself is full. Reaching the connection is the test standing in for the disk.
 */
function fillDisk(store: MapStore): void {
  const db = (store as unknown as { conn: { db: Database.Database } }).conn.db;
  const pages = Number(db.pragma('page_count', { simple: true }));
  db.pragma(`max_page_count = ${pages}`);
}

async function backendOnFullDisk() {
  const dir = tempDir();
  const session = new MapSession(join(dir, 'data'));
  mkdirSync(join(dir, 'data'));
  const doc = session.create(join(dir, 'Full.caremap'));
  cleanups.push(() => session.close());
  const handlers = withStoreErrors(
    { ...editHandlers(session), ...historyHandlers(session) } as Handlers,
    () => session.current()?.path,
  );
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const server: RunningServer = await startHttpServer({ handlers, staticDir: join(dir, 'renderer'), token: TOKEN });
  cleanups.push(() => server.close());
  return { session, doc, server, path: join(dir, 'Full.caremap') };
}

function post(
  port: number,
  op: string,
  body: unknown,
): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${op}`,
        headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': TOKEN },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('a full disk', () => {
  it('refuses the edit with a sentence (HTTP 507), and keeps every edit made before it', async () => {
    const { session, doc, server, path } = await backendOnFullDisk();
    fillDisk(session.require());
    const kindId = doc.kinds[0]!.id;
    let saved = 0;
    let refusal: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 2000 && !refusal; i++) {
      const answer = await post(server.port, 'actors.create', {
        name: `Neighbour ${i} with a longer name to fill pages`,
        kindId,
        x: i,
        y: 0,
      });
      if (answer.json.ok) saved++;
      else refusal = answer;
    }
    expect(refusal).not.toBeNull();
    expect(refusal!.status).toBe(507);
    expect(refusal!.json.error).toEqual({
      code: 'disk-full',
      message:
        'The disk is full, so Caremap could not save that change. Nothing was lost: the map is as it was before it. ' +
        'Free some space on the disk and try again.',
      where: { file: path },
    });
    // Nothing was lost: the map holds exactly the acknowledged edits, in memory and in the file.
    expect(session.require().actors()).toHaveLength(saved);
    session.close();
    const reopened = openMapStore(path);
    expect(reopened.actors()).toHaveLength(saved);
    reopened.close();
  });
});

describe('HTTP statuses', () => {
  it('gives every error code with a sentence a status other than 500; only "internal" is 500', () => {
    for (const code of ERROR_CODES) {
      if (code === 'internal') expect(statusForError(code)).toBe(500);
      else expect(statusForError(code), code).not.toBe(500);
    }
  });
});
