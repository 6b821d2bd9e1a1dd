// Sharing one map with the room: starts and stops the share listener, admits devices by join code, checks every
// device call against its role and the room's mode, and tells the facilitator's views (share.changed) and the
// devices (room events) what changed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers, ServerEvent, WireResult } from '../../shared/api';
import { CaremapError } from '../../shared/errors';
import { cleanCallMeta } from '../../shared/live-map';
import {
  ROOM_JOIN_PAGE,
  ROOM_OPERATIONS,
  type JoinedRole,
  type RoomJoinAnswer,
  type RoomMode,
  type RoomOperation,
  type ShareState,
} from '../../shared/room';
import { runWithCallMeta } from '../api/call-context';
import type { ChangeStream } from '../api/change-stream';
import { isEditOperation } from '../api/in-step';
import type { MapSession } from '../api/map-session';
import { dispatch } from '../transport/dispatch';
import { coFacilitatorMay } from './co-facilitator-operations';
import { DeviceThrottle, ONE_AT_A_TIME, SLOW_DOWN } from './device-throttle';
import { GuessThrottle, TOO_MANY_TRIES } from './guess-throttle';
import { JoinCodes } from './join-codes';
import { listShareInterfaces } from './network-interfaces';
import { MOST_PARTICIPANTS, Participants, type Participant } from './participants';
import { RoomHandlers, roomProvenance, youOf } from './room-handlers';
import { RoomProjection } from './room-projection';
import { joinSchema, roomSchemas } from './room-schemas';
import { frame, RoomStreams } from './room-streams';
import { startShareListener, type RoomGate, type RunningShareListener } from './share-listener';

/** A fixed port, so a school's or library's IT can allow it once; any free port when it is taken. */
export const DEFAULT_SHARE_PORT = 48123;

export interface ShareControllerDeps {
  session: MapSession;
  events: ChangeStream;
  /** The backend's published handlers (set after assembly, hence a function). */
  handlers: () => Handlers;
  /** The built renderer, served to devices; without it sharing cannot start. */
  rendererDir?: string;
  port?: number;
  now?: () => number;
  codeLifetimeMs?: number;
}

const READ_ONLY = 'The facilitator has made the map read-only for now: you can look, but not change it.';
const NOT_FOR_ROLE = 'Your device cannot do that in this room.';
const WRONG_CODE = 'That code is not right. Check the code on the screen and try again.';
const OLD_CODE = 'That code has run out. Ask the facilitator for a new one (it shows on the screen).';

const fail = (code: CaremapError['code'], message: string): WireResult<unknown> => ({
  ok: false,
  error: { code, message },
});

export class ShareController implements RoomGate {
  private readonly now: () => number;
  private listener: RunningShareListener | null = null;
  private sharedMapId: string | null = null;
  private mode: RoomMode = 'open';
  private showPeopleNames = false;
  private readonly codes: JoinCodes;
  private readonly guesses: GuessThrottle;
  private readonly devices: DeviceThrottle;
  private readonly participants: Participants;
  private readonly streams: RoomStreams;
  private readonly room: RoomHandlers;

  constructor(private readonly deps: ShareControllerDeps) {
    this.now = deps.now ?? Date.now;
    this.codes = new JoinCodes(this.now, deps.codeLifetimeMs);
    this.guesses = new GuessThrottle(this.now);
    this.devices = new DeviceThrottle(this.now);
    this.participants = new Participants(this.now);
    this.streams = new RoomStreams((id) => this.connectionChanged(id));
    this.room = new RoomHandlers({
      store: () => deps.session.require(),
      handlers: deps.handlers,
      asParticipant: (p, call) => runWithCallMeta({ participant: { id: p.id, name: p.name } }, call),
      mode: () => this.mode,
      rules: () => ({ showPeopleNames: this.showPeopleNames }),
      seq: () => deps.session.live()?.seq ?? 0,
      now: this.now,
      added: (p) => this.counted(p),
    });
    deps.events.subscribe((event) => this.follow(event));
  }

  // ---- The facilitator's operations (share-handlers.ts) ----------------------------------------------------------

  state(): ShareState {
    const code = this.codes.current();
    const l = this.listener;
    return {
      active: l !== null,
      joinUrl: l ? `http://${l.address}:${l.port}${ROOM_JOIN_PAGE}` : null,
      joinCode: l && code ? code.code : null,
      codeExpiresAt: l && code ? new Date(code.expiresAt).toISOString() : null,
      address: l?.address ?? null,
      mode: this.mode,
      mapName: l ? (this.deps.session.current()?.info().name ?? null) : null,
      showPeopleNames: this.showPeopleNames,
      participants: this.participants.publicList(),
    };
  }

  async start(address: string): Promise<ShareState> {
    const live = this.deps.session.live();
    if (!live) throw new CaremapError('no-map-open', 'Open the map you want to share first.');
    if (this.listener) {
      if (this.listener.address === address) return this.state();
      throw new CaremapError(
        'invalid-input',
        `Caremap is already sharing on ${this.listener.address}. Stop sharing first, then choose another network.`,
      );
    }
    if (!listShareInterfaces().some((i) => i.address === address))
      throw new CaremapError(
        'invalid-input',
        'That network is not on this computer any more. Choose one from the list.',
        { field: 'address' },
      );
    if (!this.deps.rendererDir)
      throw new CaremapError(
        'internal',
        'This Caremap was started without its pages, so it cannot share. Start Caremap again.',
      );
    try {
      this.listener = await startShareListener({
        address,
        port: this.deps.port ?? DEFAULT_SHARE_PORT,
        staticDir: this.deps.rendererDir,
        gate: this,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CaremapError(
        'io-error',
        `Caremap could not listen on ${address} (${detail}). Check the network and try again.`,
      );
    }
    this.sharedMapId = live.mapId;
    this.mode = 'open';
    this.codes.renew();
    return this.changed();
  }

  /** Tells every device, closes the port, forgets every token. Safe to call when not sharing. */
  async stop(): Promise<ShareState> {
    const listener = this.listener;
    if (!listener) return this.state();
    this.listener = null;
    this.sharedMapId = null;
    this.streams.end(null, 'stopped');
    this.participants.clear();
    this.codes.clear();
    await listener.close();
    return this.changed();
  }

  setMode(mode: RoomMode): ShareState {
    this.requireSharing();
    this.mode = mode;
    this.streams.broadcastRoom('room.mode', { mode });
    return this.changed();
  }

  setRole(participantId: string, role: JoinedRole): ShareState {
    const p = this.requireParticipant(participantId);
    const was = p.role;
    p.role = role;
    if (was === 'co-facilitator' && role !== 'co-facilitator') this.streams.end(p.id, 'removed', ['full']);
    this.streams.sendRoom(p.id, 'room.role', { role });
    return this.changed();
  }

  remove(participantId: string): ShareState {
    const p = this.requireParticipant(participantId);
    this.participants.remove(p.id);
    this.devices.forget(p.id);
    this.streams.end(p.id, 'removed');
    return this.changed();
  }

  newCode(): ShareState {
    this.requireSharing();
    this.codes.renew();
    return this.changed();
  }

  /** Devices fetch the map again (a `reload`), so names already on their screens change too. */
  setShowPeopleNames(show: boolean): ShareState {
    this.showPeopleNames = show;
    if (this.listener) {
      const seq = this.deps.session.live()?.seq ?? 0;
      this.streams.broadcastRoom('room.changed', {
        seq,
        actorsPut: [],
        actorsDeleted: [],
        tiesPut: [],
        tiesDeleted: [],
        reload: true,
      });
    }
    return this.changed();
  }

  // ---- The share listener's gate ----------------------------------------------------------------------------------

  async join(raw: unknown, remoteAddress: string): Promise<{ status: number; result: WireResult<unknown> }> {
    if (!this.listener || !this.isSharedMapOpen())
      return { status: 410, result: fail('unauthorised', 'The facilitator has stopped sharing this map.') };
    if (this.guesses.blocked(remoteAddress)) return { status: 429, result: fail('unauthorised', TOO_MANY_TRIES) };
    const parsed = joinSchema.safeParse(raw);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Type the code on the screen and your name.';
      return {
        status: 400,
        result: fail('invalid-input', /[.!?]$/.test(message) ? message : 'Type the code on the screen and your name.'),
      };
    }
    const check = this.codes.check(parsed.data.code);
    if (check !== 'ok') {
      this.guesses.failed(remoteAddress);
      return { status: 403, result: fail('unauthorised', check === 'expired' ? OLD_CODE : WRONG_CODE) };
    }
    if (this.participants.size >= MOST_PARTICIPANTS)
      return {
        status: 403,
        result: fail('unauthorised', 'The room is full. Ask the facilitator to remove someone who has left.'),
      };
    const { participant, token } = this.participants.add(parsed.data.name, 'contributor');
    this.changed();
    const value: RoomJoinAnswer = {
      token,
      participantId: participant.id,
      role: participant.role,
      mapName: this.state().mapName ?? '',
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
        return { ok: true, value: await this.room.run(p, op, parsed.data) };
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
    if (edits && this.mode === 'read-only') return fail('read-only', READ_ONLY);
    let input = raw;
    // What a co-facilitator adds names them, as a contributor's does (unless their page says where it came from).
    if ((name === 'actors.create' || name === 'ties.create') && isPlainObject(raw) && raw.provenance === undefined)
      input = { ...raw, provenance: roomProvenance(p.name, new Date(this.now())) };
    const meta = {
      ...cleanCallMeta({ viewId: headers['x-caremap-view'], mapId: headers['x-caremap-map'] }),
      participant: { id: p.id, name: p.name },
    };
    return this.throttled(p, edits, async () => {
      const result = await dispatch(this.deps.handlers(), name, input, meta);
      if (result.ok && (name === 'actors.create' || name === 'ties.create')) this.counted(p);
      return result;
    });
  }

  roomStream(token: string | undefined, res: ServerResponse): boolean {
    const p = this.device(token);
    if (!p) return false;
    const seq = this.deps.session.live()?.seq ?? 0;
    this.streams.add(p.id, res, 'room', frame('room.hello', { seq, mode: this.mode, you: youOf(p) }));
    return true;
  }

  fullStream(token: string | undefined, res: ServerResponse): boolean {
    const p = this.device(token);
    if (!p || p.role !== 'co-facilitator') return false;
    const live = this.deps.session.live();
    this.streams.add(p.id, res, 'full', frame('stream.hello', live ?? { mapId: null, seq: 0 }));
    return true;
  }

  // ---- Inside ------------------------------------------------------------------------------------------------------

  /** The device for a token, while sharing this map; its last-seen time moves on. */
  private device(token: string | undefined): Participant | null {
    if (!this.listener || !this.isSharedMapOpen()) return null;
    const p = this.participants.byToken(token);
    if (p) this.participants.seen(p);
    return p;
  }

  private async throttled(
    p: Participant,
    edits: boolean,
    call: () => Promise<WireResult<unknown>>,
  ): Promise<WireResult<unknown>> {
    if (edits && !this.devices.takeEdit(p.id)) return fail('unauthorised', SLOW_DOWN);
    return this.devices.inTurn(p.id, call) ?? fail('unauthorised', ONE_AT_A_TIME);
  }

  private isSharedMapOpen(): boolean {
    return this.sharedMapId !== null && this.deps.session.live()?.mapId === this.sharedMapId;
  }

  private requireSharing(): void {
    if (!this.listener) throw new CaremapError('invalid-input', 'Caremap is not sharing this map at the moment.');
  }

  private requireParticipant(id: string): Participant {
    this.requireSharing();
    const p = this.participants.byId(id);
    if (!p) throw new CaremapError('not-found', 'That person is no longer in the room.');
    return p;
  }

  private counted(p: Participant): void {
    p.added += 1;
    this.changed();
  }

  private connectionChanged(id: string): void {
    const p = this.participants.byId(id);
    if (!p) return;
    const now = this.streams.connected(id);
    if (p.connected === now) return;
    p.connected = now;
    this.changed();
  }

  private changed(): ShareState {
    const state = this.state();
    this.deps.events.publish({ name: 'share.changed', payload: state });
    return state;
  }

  /** Each committed edit reaches devices projected (contributors, viewers) or whole (co-facilitators' full view). */
  private follow(event: ServerEvent): void {
    if (!this.listener) return;
    if (event.name === 'map.switched') {
      void this.stop();
      return;
    }
    // Only edits: the facilitator's menu commands and sharing news are for the laptop's own windows.
    if (event.name !== 'map.changed') return;
    this.streams.broadcastFull(frame(event.name, event.payload));
    const { payload } = event as ServerEvent<'map.changed'>;
    const taxonomy = payload.changes.taxonomy ?? this.deps.session.require().taxonomy();
    const view = new RoomProjection(taxonomy, { showPeopleNames: this.showPeopleNames });
    this.streams.broadcastRoom('room.changed', view.changed(payload.seq, payload.changes));
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
