// A room for tests: a backend on a temp map sharing on 127.0.0.1 (standing in for the room's network), and devices
// that talk to it over real HTTP, keeping every byte they receive so tests can scan it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type IncomingMessage } from 'node:http';
import { createBackend, type Backend } from '../../../src/main/api/create-backend';
import type { Input, OperationName, Output, ServerEvent } from '../../../src/shared/api';
import { parseRequest } from '../../../src/shared/validate';
import type { MapDocument } from '../../../src/shared/domain';
import type { CanvasDocument } from '../../../src/shared/canvas-records';
import { unpackCanvasDocument } from '../../../src/shared/canvas-pack';
import type { ShareState } from '../../../src/shared/room';
import { ROOM_API_PREFIX, ROOM_EVENTS_PATH, ROOM_JOIN_PATH } from '../../../src/shared/room';
import { parseEventText } from '../../../src/renderer/src/api/event-stream';

export interface RawAnswer {
  status: number;
  body: string;
  // Tests read many kinds of answer; each checks the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: { ok: boolean; value?: any; error?: { code: string; message: string } };
}

export interface Room {
  dir: string;
  backend: Backend;
  doc: CanvasDocument;
  /** The open map whole, as the facilitator's laptop holds it (the window gets slim records and fetches the rest). */
  fullMap(): Promise<MapDocument>;
  /** The test's clock (ms); move it on to expire codes. */
  clock: { now: number };
  share: ShareState;
  facilitator<K extends OperationName>(name: K, input: unknown): Promise<Output<K>>;
  /** Every event the facilitator's views heard. */
  heard: ServerEvent[];
  /** Resolves with the first share.changed (from now on) whose state passes `test`. */
  shareChanged(test: (state: ShareState) => boolean): Promise<ShareState>;
  close(): Promise<void>;
}

export async function openRoom(options: { start?: boolean } = {}): Promise<Room> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-room-'));
  mkdirSync(join(dir, 'renderer'));
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Caremap</title>');
  writeFileSync(join(dir, 'secret.html'), 'not for the room');
  const clock = { now: Date.UTC(2026, 11, 6, 19, 30) };
  const backend = createBackend({
    mode: 'browser',
    version: '0.0.0-test',
    dataDir: dir,
    mapsFolder: join(dir, 'maps'),
    room: { rendererDir: join(dir, 'renderer'), port: 0, now: () => clock.now },
  });
  const doc = backend.openInitialMap(join(dir, 'maps', 'Room.caremap'));
  const heard: ServerEvent[] = [];
  backend.events.subscribe((e) => heard.push(e));
  const facilitator = async <K extends OperationName>(name: K, input: unknown): Promise<Output<K>> => {
    const handler = backend.handlers[name] as (input: Input<K>) => Output<K> | Promise<Output<K>>;
    return handler(parseRequest(name, input));
  };
  const share =
    options.start === false
      ? await facilitator('share.state', {})
      : await facilitator('share.start', { address: '127.0.0.1' });
  return {
    dir,
    backend,
    doc,
    clock,
    share,
    facilitator,
    heard,
    fullMap: async () => {
      const slim = unpackCanvasDocument((await facilitator('map.current', {}))!);
      const details = await facilitator('records.details', { allActors: true, allTies: true });
      return { ...slim, actors: details.actors, ties: details.ties };
    },
    shareChanged: (test) =>
      new Promise((resolve) => {
        const stop = backend.events.subscribe((e) => {
          if (e.name !== 'share.changed' || !test(e.payload as ShareState)) return;
          stop();
          resolve(e.payload as ShareState);
        });
      }),
    close: async () => {
      await backend.stopSharing();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function portOf(share: ShareState): number {
  return Number(new URL(share.joinUrl!).port);
}

export function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          let json: RawAnswer['json'] = { ok: false };
          try {
            json = JSON.parse(body) as RawAnswer['json'];
          } catch {
            // A page or file, not JSON.
          }
          resolve({ status: res.statusCode ?? 0, body, json });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface Stream {
  res: IncomingMessage;
  next(): Promise<ServerEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** A joined device (or a stranger, with no token): every byte it receives is kept in `received`. */
export class Device {
  token: string | undefined;
  participantId = '';
  readonly received: string[] = [];

  constructor(
    readonly port: number,
    readonly headers: Record<string, string> = {},
  ) {}

  private keep(answer: RawAnswer): RawAnswer {
    this.received.push(answer.body);
    return answer;
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
    return raw(this.port, {
      method: 'POST',
      path,
      headers: {
        'Content-Type': 'application/json',
        ...(this.token ? { 'X-Caremap-Token': this.token } : {}),
        ...this.headers,
        ...headers,
      },
      body: JSON.stringify(body),
    }).then((a) => this.keep(a));
  }

  async join(code: string, name: string): Promise<RawAnswer> {
    const answer = await this.post(ROOM_JOIN_PATH, { code, name });
    if (answer.json.ok) {
      this.token = answer.json.value.token;
      this.participantId = answer.json.value.participantId;
    }
    return answer;
  }

  room(op: string, input: unknown = {}): Promise<RawAnswer> {
    return this.post(`${ROOM_API_PREFIX}${op}`, input);
  }

  api(op: string, input: unknown = {}): Promise<RawAnswer> {
    return this.post(`/api/${op}`, input);
  }

  stream(path: string = ROOM_EVENTS_PATH): Promise<Stream> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: 'GET',
          path,
          headers: { ...(this.token ? { 'X-Caremap-Token': this.token } : {}), ...this.headers },
        },
        (res) => {
          const queue: ServerEvent[] = [];
          const waiting: ((e: ServerEvent) => void)[] = [];
          let buffer = '';
          const ended = new Promise<void>((done) => res.on('end', () => done()));
          res.on('data', (chunk: Buffer) => {
            this.received.push(chunk.toString());
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
            ended,
            next: () => new Promise((done) => (queue.length ? done(queue.shift()!) : waiting.push(done))),
            close: () => req.destroy(),
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
  }
}

/** A device that joined with the room's current code. */
export async function joined(room: Room, name: string): Promise<Device> {
  const device = new Device(portOf(room.share));
  const answer = await device.join(room.share.joinCode!, name);
  if (!answer.json.ok) throw new Error(`join failed: ${answer.body}`);
  return device;
}
