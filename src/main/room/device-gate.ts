// The share listener's gate: admits a device by join code and answers its calls and streams, each checked against
// the device's role (from its token) and the room's mode. Role allow-lists: ROOM_OPERATIONS (viewers: hello and map)
// under /room/api/, and for co-facilitators the full API's operations in co-facilitator-operations.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers, WireResult } from '../../shared/api';
import type { LiveMark } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { BASE_HEADER, cleanCallMeta, MAP_HEADER, VIEW_HEADER } from '../../shared/live-map';
import { ROOM_OPERATIONS, type RoomJoinAnswer, type RoomMode, type RoomOperation } from '../../shared/room';
import { isEditOperation } from '../api/in-step';
import { dispatch } from '../transport/dispatch';
import { coFacilitatorMay } from './co-facilitator-operations';
import { ONE_AT_A_TIME, SLOW_DOWN, type DeviceThrottle } from './device-throttle';
import { TOO_MANY_TRIES, type GuessThrottle } from './guess-throttle';
import type { JoinCodes } from './join-codes';
import { MOST_PARTICIPANTS, type Participant, type Participants } from './participants';
import { roomProvenance, youOf, type RoomHandlers } from './room-handlers';
import { joinSchema, roomSchemas } from './room-schemas';
import { frame, type RoomStreams } from './room-streams';
import type { RoomGate } from './share-listener';

export interface DeviceGateDeps {
  /** Sharing, and the shared map is still the one open: otherwise no device is answered. */
  open(): boolean;
  mode(): RoomMode;
  mapName(): string;
  live(): LiveMark | null;
  now(): number;
  handlers(): Handlers;
  codes: JoinCodes;
  guesses: GuessThrottle;
  devices: DeviceThrottle;
  participants: Participants;
  streams: RoomStreams;
  room: RoomHandlers;
  /** Someone joined: the facilitator's views hear it. */
  changed(): void;
  /** Counts a contribution on the facilitator's list. */
  counted(p: Participant): void;
}

const READ_ONLY = 'The facilitator has made the map read-only for now: you can look, but not change it.';
const NOT_FOR_ROLE = 'Your device cannot do that in this room.';
const WRONG_CODE = 'That code is not right. Check the code on the screen and try again.';
const OLD_CODE = 'That code has run out. Ask the facilitator for a new one (it shows on the screen).';

const fail = (code: CaremapError['code'], message: string): WireResult<unknown> => ({
  ok: false,
  error: { code, message },
});

export class DeviceGate implements RoomGate {
  constructor(private readonly deps: DeviceGateDeps) {}

  join(raw: unknown, remoteAddress: string): { status: number; result: WireResult<unknown> } {
    if (!this.deps.open())
      return { status: 410, result: fail('unauthorised', 'The facilitator has stopped sharing this map.') };
    if (this.deps.guesses.blocked(remoteAddress)) return { status: 429, result: fail('unauthorised', TOO_MANY_TRIES) };
    const parsed = joinSchema.safeParse(raw);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Type the code on the screen and your name.';
      return {
        status: 400,
        result: fail('invalid-input', /[.!?]$/.test(message) ? message : 'Type the code on the screen and your name.'),
      };
    }
    const check = this.deps.codes.check(parsed.data.code);
    if (check !== 'ok') {
      this.deps.guesses.failed(remoteAddress);
      return { status: 403, result: fail('unauthorised', check === 'expired' ? OLD_CODE : WRONG_CODE) };
    }
    if (this.deps.participants.size >= MOST_PARTICIPANTS)
      return {
        status: 403,
        result: fail('unauthorised', 'The room is full. Ask the facilitator to remove someone who has left.'),
      };
    const { participant, token } = this.deps.participants.add(parsed.data.name, 'contributor');
    this.deps.changed();
    const value: RoomJoinAnswer = {
      token,
      participantId: participant.id,
      role: participant.role,
      mapName: this.deps.mapName(),
    };
    return { status: 200, result: { ok: true, value } };
  }

  async roomCall(token: string | undefined, name: string, raw: unknown): Promise<WireResult<unknown> | null> {
    const p = this.device(token);
    if (!p) return null;
    if (!(ROOM_OPERATIONS as readonly string[]).includes(name)) return fail('unknown-operation', NOT_FOR_ROLE);
    const op = name as RoomOperation;
    const adds = op !== 'room.hello' && op !== 'room.map';
    if (adds && p.role === 'viewer')
      return fail('unauthorised', 'You joined to look at the map. Ask the facilitator if you would like to add to it.');
    const parsed = roomSchemas[op].safeParse(raw ?? undefined);
    if (!parsed.success) return fail('invalid-input', sentenceOf(parsed.error.issues[0]?.message));
    return this.throttled(p, adds, async () => {
      try {
        return { ok: true, value: await this.deps.room.run(p, op, parsed.data) };
      } catch (error) {
        if (error instanceof CaremapError) return { ok: false, error: error.toData() };
        console.error(`Caremap: ${op} from a device failed:`, error);
        return fail('internal', 'Caremap hit a problem and did not add that. Try again.');
      }
    });
  }

  async fullCall(
    token: string | undefined,
    name: string,
    raw: unknown,
    headers: IncomingMessage['headers'],
  ): Promise<WireResult<unknown> | null> {
    const p = this.device(token);
    if (!p) return null;
    if (p.role !== 'co-facilitator' || !coFacilitatorMay(name)) return fail('unauthorised', NOT_FOR_ROLE);
    const edits = isEditOperation(name);
    if (edits && this.deps.mode() === 'read-only') return fail('read-only', READ_ONLY);
    let input = raw;
    // What a co-facilitator adds names them, as a contributor's does (unless their page says where it came from).
    if ((name === 'actors.create' || name === 'ties.create') && isPlainObject(raw) && raw.provenance === undefined)
      input = { ...raw, provenance: roomProvenance(p.name, new Date(this.deps.now())) };
    const meta = {
      ...cleanCallMeta({
        viewId: headers[VIEW_HEADER],
        mapId: headers[MAP_HEADER],
        baseVersion: headers[BASE_HEADER],
      }),
      participant: { id: p.id, name: p.name },
    };
    return this.throttled(p, edits, async () => {
      const result = await dispatch(this.deps.handlers(), name, input, meta);
      if (result.ok && (name === 'actors.create' || name === 'ties.create')) this.deps.counted(p);
      // Where the laptop keeps its maps names the facilitator's account: not the device's business.
      if (result.ok && name === 'app.info') return { ok: true, value: { ...(result.value as object), mapsFolder: '' } };
      return result;
    });
  }

  roomStream(token: string | undefined, res: ServerResponse): boolean {
    const p = this.device(token);
    if (!p) return false;
    const seq = this.deps.live()?.seq ?? 0;
    this.deps.streams.add(p.id, res, 'room', frame('room.hello', { seq, mode: this.deps.mode(), you: youOf(p) }));
    return true;
  }

  fullStream(token: string | undefined, res: ServerResponse): boolean {
    const p = this.device(token);
    if (!p || p.role !== 'co-facilitator') return false;
    const live = this.deps.live();
    this.deps.streams.add(p.id, res, 'full', frame('stream.hello', live ?? { mapId: null, seq: 0 }));
    return true;
  }

  /** The device for a token, while sharing this map; its last-seen time moves on. */
  private device(token: string | undefined): Participant | null {
    if (!this.deps.open()) return null;
    const p = this.deps.participants.byToken(token);
    if (p) this.deps.participants.seen(p);
    return p;
  }

  private async throttled(
    p: Participant,
    edits: boolean,
    call: () => Promise<WireResult<unknown>>,
  ): Promise<WireResult<unknown>> {
    if (edits && !this.deps.devices.takeEdit(p.id)) return fail('unauthorised', SLOW_DOWN);
    return this.deps.devices.inTurn(p.id, call) ?? fail('unauthorised', ONE_AT_A_TIME);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sentenceOf(message: string | undefined): string {
  return message && /^[A-Z“]/.test(message) && /[.!?]$/.test(message)
    ? message
    : 'That request was not complete. Reload the page and try again.';
}
