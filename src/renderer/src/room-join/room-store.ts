// The joined device's state: joining, the room's map as this device may see it, the room's mode, and how it ended.
import { create } from 'zustand';
import type { JoinedRole, RoomChangedEvent, RoomMap, RoomMode } from '../../../shared/room';
import { callRoom, joinRoom, RoomError } from './room-client';
import { openRoomStream, type RoomStreamEvent } from './room-stream';
import { applyRoomChange } from './room-sequence';
import { forgetDeviceSession, loadDeviceSession, saveDeviceSession } from './device-token';
import { normaliseCode } from './join-form';
import { takeEndedReason } from './co-facilitator-watch';

export const ENDED_STOPPED = 'The facilitator has stopped sharing this map. Thank you for taking part.';
export const ENDED_REMOVED = 'The facilitator has taken this device out of the room. Thank you for taking part.';

export type RoomPhase =
  | { kind: 'join'; error: string | null; busy: boolean }
  | { kind: 'room'; map: RoomMap | null }
  | { kind: 'ended'; message: string };

interface RoomState {
  phase: RoomPhase;
  token: string | null;
  mode: RoomMode;
  role: JoinedRole;
  /** A short sentence for the person (what was added, what failed), read out by screen readers. */
  notice: { text: string; error: boolean } | null;
  /** This device added something this session, so "Take back my last addition" is offered. */
  addedHere: boolean;
}

export const useRoomStore = create<RoomState>()(() => ({
  phase: { kind: 'join', error: null, busy: false },
  token: null,
  mode: 'open',
  role: 'contributor',
  notice: null,
  addedHere: false,
}));

let stopStream: (() => void) | null = null;
let fetching = false;
/** Changes that came while the map was being fetched: applied (or found already in it) once it arrives. */
let held: RoomChangedEvent[] = [];

function currentMap(): RoomMap | null {
  const phase = useRoomStore.getState().phase;
  return phase.kind === 'room' ? phase.map : null;
}

export function say(text: string, error = false): void {
  useRoomStore.setState({ notice: { text, error } });
}

function end(message: string): void {
  stopStream?.();
  stopStream = null;
  forgetDeviceSession();
  useRoomStore.setState({ phase: { kind: 'ended', message }, token: null, notice: null });
}

async function fetchMap(): Promise<void> {
  const token = useRoomStore.getState().token;
  if (!token || fetching) return;
  fetching = true;
  try {
    const map = await callRoom(token, 'room.map', {});
    if (useRoomStore.getState().phase.kind !== 'room') return;
    useRoomStore.setState({ phase: { kind: 'room', map }, mode: map.mode, role: map.you.role });
    const waiting = held;
    held = [];
    for (const event of waiting) applyChange(event);
  } catch (error) {
    if (error instanceof RoomError && error.code === 'unauthorised') end(error.message);
    else say(error instanceof Error ? error.message : String(error), true);
  } finally {
    fetching = false;
  }
}

function applyChange(event: RoomChangedEvent): void {
  const map = currentMap();
  if (!map || fetching) {
    held.push(event);
    return;
  }
  const result = applyRoomChange(map, event);
  if (result.kind === 'applied') useRoomStore.setState({ phase: { kind: 'room', map: result.map } });
  else if (result.kind === 'refetch') void fetchMap();
}

const MODE_WORDS: Record<RoomMode, string> = {
  open: 'The facilitator has opened the map for contributions again.',
  paused: 'The facilitator has paused contributions.',
  'read-only': 'The facilitator has made the map read-only. You can still watch it.',
};

function onStreamEvent(event: RoomStreamEvent): void {
  switch (event.name) {
    case 'room.changed':
      return applyChange((event as RoomStreamEvent<'room.changed'>).data);
    case 'room.mode': {
      const { mode } = (event as RoomStreamEvent<'room.mode'>).data;
      if (mode !== useRoomStore.getState().mode) say(MODE_WORDS[mode]);
      const map = currentMap();
      useRoomStore.setState({ mode, ...(map ? { phase: { kind: 'room', map: { ...map, mode } } } : {}) });
      return;
    }
    case 'room.hello': {
      const hello = (event as RoomStreamEvent<'room.hello'>).data;
      useRoomStore.setState({ mode: hello.mode, role: hello.you.role });
      const map = currentMap();
      if (map && hello.seq !== map.seq) void fetchMap();
      return;
    }
    case 'room.role':
      return onRole((event as RoomStreamEvent<'room.role'>).data.role);
    case 'room.ended':
      return end((event as RoomStreamEvent<'room.ended'>).data.reason === 'removed' ? ENDED_REMOVED : ENDED_STOPPED);
  }
}

function onRole(role: JoinedRole): void {
  const token = useRoomStore.getState().token;
  if (!token) return;
  saveDeviceSession({ token, role });
  // A co-facilitator gets the full editing view: the same page, which now starts the full app with this token.
  if (role === 'co-facilitator') return window.location.reload();
  useRoomStore.setState({ role });
  say(
    role === 'viewer'
      ? 'The facilitator has made you a viewer: you can watch the map.'
      : 'The facilitator has asked you to add to the map.',
  );
}

function enterRoom(token: string, role: JoinedRole): void {
  useRoomStore.setState({ token, role, phase: { kind: 'room', map: null }, addedHere: false });
  stopStream?.();
  stopStream = openRoomStream(token, {
    onEvent: onStreamEvent,
    onConnected: () => void fetchMap(),
    onRefused: (message) => end(message ?? ENDED_STOPPED),
  });
}

export async function join(code: string, name: string): Promise<void> {
  useRoomStore.setState({ phase: { kind: 'join', error: null, busy: true } });
  try {
    const answer = await joinRoom(normaliseCode(code), name.trim());
    saveDeviceSession({ token: answer.token, role: answer.role });
    if (answer.role === 'co-facilitator') return window.location.reload();
    enterRoom(answer.token, answer.role);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useRoomStore.setState({ phase: { kind: 'join', error: message, busy: false } });
  }
}

/** A reloaded tab goes back into the room with the token it already has. */
export function resumeRoom(): void {
  // A co-facilitator's full view that was removed or stopped reloaded here to say so.
  const ended = takeEndedReason();
  if (ended) return end(ended === 'removed' ? ENDED_REMOVED : ENDED_STOPPED);
  const session = loadDeviceSession();
  if (session) enterRoom(session.token, session.role as JoinedRole);
}
