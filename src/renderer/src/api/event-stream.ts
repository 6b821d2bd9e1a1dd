// Browser mode's side of the change stream: reads GET /events with the session key and hands each event on.
import type { ServerEvent } from '../../../shared/api';
import { EVENTS_PATH } from '../../../shared/live-map';

type Listener = (event: ServerEvent) => void;

/** How long to wait before reconnecting after the stream dropped (server restarted, laptop slept). */
const RETRY_MS = 1000;

/** Splits server-sent-event text into its `data:` payloads; returns the events and the unfinished rest. */
export function parseEventText(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = [];
  const frames = buffer.split('\n\n');
  const rest = frames.pop() ?? '';
  for (const frame of frames) {
    const data = frame
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length))
      .join('\n');
    if (!data) continue; // a keep-alive comment
    try {
      events.push(JSON.parse(data) as ServerEvent);
    } catch {
      // A damaged frame is skipped; the sequence numbers of the next one show the gap and the view reloads.
    }
  }
  return { events, rest };
}

/**
 * EventSource cannot send the key in a header (and a key in the address would land in logs), so this reads the
 * stream with fetch. It reconnects for as long as the page is open; the first event after each connection
 * ('stream.hello') lets the view notice anything it missed meanwhile.
 */
export function startEventStream(key: Promise<string>, listener: Listener): void {
  const connect = async (): Promise<void> => {
    try {
      const response = await fetch(EVENTS_PATH, { headers: { 'X-Caremap-Token': await key }, cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseEventText(buffer + value);
        buffer = parsed.rest;
        for (const event of parsed.events) listener(event);
      }
    } catch {
      // Dropped or refused: try again below.
    }
    setTimeout(() => void connect(), RETRY_MS);
  };
  void connect();
}
