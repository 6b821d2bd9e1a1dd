// Sharing one map with the room: the facilitator's side (start, stop, mode, roles, removal, codes), and what the room
// hears: share.changed for the facilitator's views, room events for the devices. Device calls go through device-gate.ts.
import type { Handlers, ServerEvent } from '../../shared/api';
import { CaremapError } from '../../shared/errors';
import { ROOM_JOIN_PAGE, type JoinedRole, type RoomMode, type ShareState } from '../../shared/room';
import { runWithCallMeta } from '../api/call-context';
import type { ChangeStream } from '../api/change-stream';
import type { MapSession } from '../api/map-session';
import { DeviceGate } from './device-gate';
import { DeviceThrottle } from './device-throttle';
import { GuessThrottle } from './guess-throttle';
import { JoinCodes } from './join-codes';
import { listShareInterfaces } from './network-interfaces';
import { Participants, type Participant } from './participants';
import { RoomHandlers } from './room-handlers';
import { RoomProjection } from './room-projection';
import { frame, RoomStreams } from './room-streams';
import { startShareListener, type RunningShareListener } from './share-listener';

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

export class ShareController {
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
  private readonly gate: DeviceGate;

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
    this.gate = new DeviceGate({
      open: () => this.listener !== null && this.isSharedMapOpen(),
      mode: () => this.mode,
      mapName: () => this.state().mapName ?? '',
      live: () => deps.session.live(),
      now: this.now,
      handlers: deps.handlers,
      codes: this.codes,
      guesses: this.guesses,
      devices: this.devices,
      participants: this.participants,
      streams: this.streams,
      room: this.room,
      changed: () => void this.changed(),
      counted: (p) => this.counted(p),
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
        gate: this.gate,
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

  // ---- Inside ------------------------------------------------------------------------------------------------------

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
    const { payload } = event as ServerEvent<'map.changed'>;
    // The stream's history is the laptop's (the facilitator's); undo is per person, so each co-facilitator hears theirs.
    const store = this.deps.session.require();
    this.streams.broadcastFull((participantId) =>
      frame(event.name, { ...payload, history: store.history.state(participantId) }),
    );
    const taxonomy = payload.changes.taxonomy ?? this.deps.session.require().taxonomy();
    const view = new RoomProjection(taxonomy, { showPeopleNames: this.showPeopleNames });
    this.streams.broadcastRoom('room.changed', view.changed(payload.seq, payload.changes));
  }
}
