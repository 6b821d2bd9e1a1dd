// "Invite the room": the contract between the facilitator's laptop (the share listener) and the devices that join it.
// Participants see and send only what is written here: every record they receive is built field by field from these
// types (an allow-list), never by removing fields from full records.

/** Who a joined device is allowed to be. The facilitator is the laptop's own views (never a joined device). */
export const ROOM_ROLES = ['facilitator', 'co-facilitator', 'contributor', 'viewer'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

/** Roles the facilitator can give a joined device. */
export const JOINED_ROLES = ['co-facilitator', 'contributor', 'viewer'] as const satisfies readonly RoomRole[];
export type JoinedRole = (typeof JOINED_ROLES)[number];

/** open: contributors may add; paused: contributions wait (refused with a sentence); read-only: nobody but the facilitator edits. */
export const ROOM_MODES = ['open', 'paused', 'read-only'] as const;
export type RoomMode = (typeof ROOM_MODES)[number];

/** One person who joined, as the facilitator's panel lists them. */
export interface RoomParticipant {
  id: string;
  /** The name they typed on joining (shown to the facilitator and in provenance). */
  name: string;
  role: JoinedRole;
  joinedAt: string;
  /** Last request or open change stream; a device silent for a while shows as "away". */
  lastSeenAt: string;
  /** Actors, ties and offers they added this session. */
  added: number;
  connected: boolean;
}

/** What the facilitator's views show about sharing (answer of every share.* operation, and the `share.changed` event). */
export interface ShareState {
  active: boolean;
  /** The network address participants open, e.g. http://192.168.1.20:48123/join (null when not sharing). */
  joinUrl: string | null;
  /** Short code typed on the join page; the QR code holds joinUrl with the code in its fragment. */
  joinCode: string | null;
  /** ISO time after which the code no longer admits anyone (the facilitator can make a new one). */
  codeExpiresAt: string | null;
  /** The address the listener is bound to (one chosen interface). */
  address: string | null;
  mode: RoomMode;
  /** The map shared (sharing ends if another map is opened). */
  mapName: string | null;
  /**
   * Whether actors of kinds marked people reach joined devices by name. Off (the default): their names reach devices
   * as initials ("A. O."), so a phone passed round the room does not list who is visited or isolated.
   */
  showPeopleNames: boolean;
  participants: RoomParticipant[];
}

/** A network interface the facilitator may share on (IPv4; loopback offered last, "this computer only"). */
export interface ShareInterface {
  name: string;
  address: string;
  /** Words for the picker: "Wi-Fi (192.168.1.20)". */
  label: string;
}

// ---- What a contributor or viewer receives (allow-list) -------------------------------------------------------

export interface RoomActor {
  id: string;
  name: string;
  kindId: string;
  x: number;
  y: number;
  /** Names of the actor's offers from the map's list (what it offers), never other fields. */
  offers: string[];
}

export interface RoomTie {
  id: string;
  fromId: string;
  toId: string;
  tieTypeId: string | null;
  direction: 'one-way' | 'mutual' | 'none';
}

export interface RoomKind {
  id: string;
  name: string;
  colour: string;
  shape: string;
}

export interface RoomTieType {
  id: string;
  name: string;
  colour: string;
}

/** Who the device is, as the server knows it. */
export interface RoomYou {
  participantId: string;
  name: string;
  role: JoinedRole;
}

/** The whole map as a contributor or viewer may see it (answer of `room.map`). */
export interface RoomMap {
  mapName: string;
  /** Position in the map's change stream, so the device can apply `room.changed` events in order. */
  seq: number;
  mode: RoomMode;
  you: RoomYou;
  actors: RoomActor[];
  ties: RoomTie[];
  kinds: RoomKind[];
  tieTypes: RoomTieType[];
  /** The map's list of offers (names), to choose from when saying what an actor offers. */
  offers: string[];
}

/** One committed edit as a contributor or viewer sees it; a gap in seq (or `reload`) means fetch room.map again. */
export interface RoomChangedEvent {
  seq: number;
  actorsPut: RoomActor[];
  actorsDeleted: string[];
  tiesPut: RoomTie[];
  tiesDeleted: string[];
  /** The kinds, tie types or offers changed: fetch room.map again. */
  reload: boolean;
}

/** Events on a joined device's stream (GET ROOM_EVENTS_PATH): event name → data. */
export interface RoomEvents {
  'room.hello': { seq: number; mode: RoomMode; you: RoomYou };
  'room.changed': RoomChangedEvent;
  'room.mode': { mode: RoomMode };
  /** The facilitator changed this device's role (a co-facilitator gets the full editing view: reload the page). */
  'room.role': { role: JoinedRole };
  /** The facilitator removed this device, or stopped sharing, or Caremap quit: the page says so and stops. */
  'room.ended': { reason: 'removed' | 'stopped' };
}

// ---- Requests a joined device makes (on the share listener only) ------------------------------------------------

/** The page participants open (served by the share listener; the renderer shows the join form for this path). */
export const ROOM_JOIN_PAGE = '/join';
/** POST { code, name } → { token, participantId, role, mapName }: trades the join code for this device's own token. */
export const ROOM_JOIN_PATH = '/room/join';
/** POST ROOM_API_PREFIX + operation, header X-Caremap-Token: the device token. */
export const ROOM_API_PREFIX = '/room/api/';
/**
 * GET with the device token: the device's change stream (server-sent events, read with fetch). Each frame is
 * `data: {"name": <RoomEvents key>, "payload": <its data>}`, the same framing as the facilitator's /events.
 */
export const ROOM_EVENTS_PATH = '/room/events';

export interface RoomJoinAnswer {
  token: string;
  participantId: string;
  role: JoinedRole;
  mapName: string;
}

/** Operations a contributor's or viewer's device may call under ROOM_API_PREFIX (viewers only the first two). */
export const ROOM_OPERATIONS = [
  'room.hello',
  'room.map',
  'room.addActor',
  'room.addTie',
  'room.addOffer',
  'room.undoMine',
] as const;
export type RoomOperation = (typeof ROOM_OPERATIONS)[number];

export interface RoomOperationInputs {
  'room.hello': Record<string, never>;
  'room.map': Record<string, never>;
  /** x/y optional: the server places the new actor beside its tie partner or in free space. */
  'room.addActor': { name: string; kindId: string; x?: number; y?: number };
  'room.addTie': { fromId: string; toId: string; tieTypeId?: string | null };
  /** Adds an offer (by name; new names join the map's list) to an actor. */
  'room.addOffer': { actorId: string; offer: string };
  /** Takes back this participant's own latest addition (never anyone else's); contributors only. */
  'room.undoMine': Record<string, never>;
}

export interface RoomOperationOutputs {
  'room.hello': { mapName: string; mode: RoomMode; you: RoomYou };
  'room.map': RoomMap;
  'room.addActor': { actor: RoomActor; seq: number };
  'room.addTie': { tie: RoomTie; seq: number };
  'room.addOffer': { actor: RoomActor; seq: number };
  /**
   * `undone`: what was taken back, in words safe for the device (names as the device sees them), or null when nothing
   * of theirs was left ("There is nothing of yours to take back." in `note`). `note` also says when part stayed.
   */
  'room.undoMine': { seq: number; note?: string; undone: string | null };
}
