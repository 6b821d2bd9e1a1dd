// How a simulated participant reaches Caremap in the room bench: by joining with the room's code (the share listener,
// src/shared/room.ts), or — where the share listener is not built in — as a loopback view of the ordinary /api/ with
// its own X-Caremap-View. Both give the same three things: add an actor, add a tie, and a followed change stream.
import { unpackCanvasDocument, type CanvasPayload } from '../src/shared/canvas-pack';
import type { MapChangedEvent } from '../src/shared/live-map';
import {
  ROOM_API_PREFIX,
  ROOM_EVENTS_PATH,
  ROOM_JOIN_PATH,
  type RoomChangedEvent,
  type RoomJoinAnswer,
  type RoomMap,
  type RoomOperation,
  type RoomOperationInputs,
  type RoomOperationOutputs,
} from '../src/shared/room';
import { FollowingView, readFrames, type EditFrame, type MapSnapshot } from './room-stream';

/** An acknowledged edit: what it added, under which seq, and when the answer reached the device. */
export interface Ack {
  kind: 'actor' | 'tie';
  id: string;
  seq: number;
  /** When the device sent the request, and when its answer came back (wall clock ms). */
  sentAt: number;
  at: number;
}

export interface ParticipantLink {
  readonly name: string;
  readonly view: FollowingView;
  addActor(name: string, kindId: string, x: number, y: number): Promise<{ id: string; seq: number }>;
  addTie(fromId: string, toId: string): Promise<{ id: string; seq: number }>;
  /** Opens the change stream and loads the map; resolves once the view holds the whole map. */
  connect(signal: AbortSignal): Promise<void>;
}

interface WireAnswer<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

async function post<T>(url: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as WireAnswer<T> & Partial<T>;
  // The room's join answers its value bare; the API wraps it in { ok, value }.
  if (answer.ok === false) throw new Error(`${answer.error?.code}: ${answer.error?.message}`);
  return (answer.value ?? answer) as T;
}

/** Opens `path` as a change stream and feeds its frames to `onFrame` until `signal` aborts. */
async function openStream(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onFrame: Parameters<typeof readFrames>[1],
): Promise<void> {
  const response = await fetch(url, { headers, signal, cache: 'no-store' });
  if (!response.ok || !response.body) throw new Error(`The change stream ${url} answered ${response.status}`);
  void readFrames(response.body, onFrame).catch((error: unknown) => {
    if (!signal.aborted) console.error(`Stream ${url} broke:`, error);
  });
}

/** A second view of the facilitator's own Caremap: the ordinary API with the session key, one view id each. */
export class LoopbackViewLink implements ParticipantLink {
  readonly view: FollowingView;
  private readonly headers: Record<string, string>;

  constructor(
    private readonly origin: string,
    key: string,
    readonly name: string,
    viewId: string,
  ) {
    this.headers = { 'X-Caremap-Token': key, 'X-Caremap-View': viewId };
    this.view = new FollowingView(() => this.loadMap());
  }

  private call<T>(operation: string, input: unknown): Promise<T> {
    return post<T>(`${this.origin}/api/${operation}`, this.headers, input);
  }

  private async loadMap(): Promise<MapSnapshot> {
    const doc = unpackCanvasDocument(await this.call<CanvasPayload>('map.current', {}));
    return { seq: doc.live?.seq ?? 0, actorIds: doc.actors.map((a) => a.id), tieIds: doc.ties.map((t) => t.id) };
  }

  async addActor(name: string, kindId: string, x: number, y: number): Promise<{ id: string; seq: number }> {
    const result = await this.call<{ changes: { actorsPut: { id: string }[] }; live: { seq: number } }>(
      'actors.create',
      { name, kindId, x, y },
    );
    return { id: result.changes.actorsPut[0]!.id, seq: result.live.seq };
  }

  async addTie(fromId: string, toId: string): Promise<{ id: string; seq: number }> {
    const result = await this.call<{ changes: { tiesPut: { id: string }[] }; live: { seq: number } }>('ties.create', {
      fromId,
      toId,
    });
    return { id: result.changes.tiesPut[0]!.id, seq: result.live.seq };
  }

  async connect(signal: AbortSignal): Promise<void> {
    await openStream(
      `${this.origin}/events`,
      { 'X-Caremap-Token': this.headers['X-Caremap-Token']! },
      signal,
      (f, at) => {
        if (f.name !== 'map.changed') return;
        const { seq, changes } = f.payload as MapChangedEvent;
        const edit: EditFrame = {
          seq,
          actorsPut: changes.actorsPut.map((a) => a.id),
          actorsDeleted: changes.actorsDeleted,
          tiesPut: changes.tiesPut.map((t) => t.id),
          tiesDeleted: changes.tiesDeleted,
          reload: false,
        };
        this.view.offer(edit, at);
      },
    );
    await this.view.reload();
  }
}

/** A phone that joined the room with the code: its own device token, the room's operations and stream only. */
export class JoinedDeviceLink implements ParticipantLink {
  readonly view: FollowingView;
  private token = '';

  constructor(
    private readonly origin: string,
    private readonly code: string,
    readonly name: string,
  ) {
    this.view = new FollowingView(() => this.loadMap());
  }

  private call<K extends RoomOperation>(operation: K, input: RoomOperationInputs[K]): Promise<RoomOperationOutputs[K]> {
    return post(`${this.origin}${ROOM_API_PREFIX}${operation}`, { 'X-Caremap-Token': this.token }, input);
  }

  private async loadMap(): Promise<MapSnapshot> {
    const map: RoomMap = await this.call('room.map', {});
    return { seq: map.seq, actorIds: map.actors.map((a) => a.id), tieIds: map.ties.map((t) => t.id) };
  }

  async join(): Promise<RoomJoinAnswer> {
    const answer = await post<RoomJoinAnswer>(
      `${this.origin}${ROOM_JOIN_PATH}`,
      {},
      { code: this.code, name: this.name },
    );
    this.token = answer.token;
    return answer;
  }

  async addActor(name: string, kindId: string, x: number, y: number): Promise<{ id: string; seq: number }> {
    const { actor, seq } = await this.call('room.addActor', { name, kindId, x, y });
    return { id: actor.id, seq };
  }

  async addTie(fromId: string, toId: string): Promise<{ id: string; seq: number }> {
    const { tie, seq } = await this.call('room.addTie', { fromId, toId });
    return { id: tie.id, seq };
  }

  async connect(signal: AbortSignal): Promise<void> {
    await openStream(`${this.origin}${ROOM_EVENTS_PATH}`, { 'X-Caremap-Token': this.token }, signal, (f, at) => {
      if (f.name !== 'room.changed') return;
      const e = f.payload as RoomChangedEvent;
      this.view.offer(
        {
          seq: e.seq,
          actorsPut: e.actorsPut.map((a) => a.id),
          actorsDeleted: e.actorsDeleted,
          tiesPut: e.tiesPut.map((t) => t.id),
          tiesDeleted: e.tiesDeleted,
          reload: e.reload,
        },
        at,
      );
    });
    await this.view.reload();
  }
}
