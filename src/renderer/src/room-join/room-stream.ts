// Reads a joined device's change stream (server-sent events, with fetch so the token stays in a header).
import { ROOM_EVENTS_PATH, type RoomEvents } from '../../../shared/room';

export type RoomEventName = keyof RoomEvents;
export interface RoomStreamEvent<K extends RoomEventName = RoomEventName> {
  name: K;
  data: RoomEvents[K];
}

const NAMES: ReadonlySet<string> = new Set<RoomEventName>([
  'room.hello',
  'room.changed',
  'room.mode',
  'room.role',
  'room.ended',
]);

/**
 * Splits stream text into events; returns them and the unfinished rest. An event is named by its `event:` line, or
 * (as the laptop's own views receive them) by a `{ name, payload }` body; unknown names are skipped.
 */
export function parseRoomEvents(buffer: string): { events: RoomStreamEvent[]; rest: string } {
  const events: RoomStreamEvent[] = [];
  const frames = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = frames.pop() ?? '';
  for (const frame of frames) {
    const lines = frame.split('\n');
    const named = lines
      .find((line) => line.startsWith('event:'))
      ?.slice('event:'.length)
      .trim();
    const text = lines
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice('data:'.length).replace(/^ /, ''))
      .join('\n');
    if (!text) continue; // a keep-alive comment
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      continue; // a damaged frame: the next change's seq shows the gap and the map is fetched again
    }
    let name = named;
    let data = body;
    if (!name && body && typeof body === 'object' && 'name' in body && 'payload' in body) {
      name = String((body as { name: unknown }).name);
      data = (body as { payload: unknown }).payload;
    }
    if (name && NAMES.has(name)) events.push({ name: name as RoomEventName, data: data as never });
  }
  return { events, rest };
}

const RETRY_MS = 1500;

export interface RoomStreamHandlers {
  onEvent(event: RoomStreamEvent): void;
  /** The laptop refused the token (removed, or sharing stopped and started again): stop, with its sentence if any. */
  onRefused(message: string | null): void;
  /** Each (re)connection: anything may have been missed meanwhile. */
  onConnected(): void;
}

/** Opens the stream and keeps it open until the returned stop() is called or the token is refused. */
export function openRoomStream(token: string, handlers: RoomStreamHandlers): () => void {
  let stopped = false;
  const controller = new AbortController();
  const connect = async (): Promise<void> => {
    try {
      const response = await fetch(ROOM_EVENTS_PATH, {
        headers: { 'X-Caremap-Token': token },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.status === 401 || response.status === 403 || response.status === 410) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
        stopped = true;
        handlers.onRefused(typeof body?.error?.message === 'string' ? body.error.message : null);
        return;
      }
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      handlers.onConnected();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseRoomEvents(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) {
          if (!stopped) handlers.onEvent(event);
        }
      }
    } catch {
      // Dropped (Wi-Fi blinked, laptop slept): try again below.
    }
    if (!stopped) setTimeout(() => void connect(), RETRY_MS);
  };
  void connect();
  return () => {
    stopped = true;
    controller.abort();
  };
}
