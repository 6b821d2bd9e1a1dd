// The joined devices' open streams: room events (projected) to contributors and viewers, the full change stream to
// co-facilitators; ending a device's streams is how removal and stopping reach it.
import type { ServerResponse } from 'node:http';
import type { RoomEvents } from '../../shared/room';
import { SECURITY_HEADERS } from '../transport/security-headers';

type RoomEventName = keyof RoomEvents;

interface OpenStream {
  participantId: string;
  res: ServerResponse;
  /** 'room': RoomEvents; 'full': the facilitator's ServerEvents (co-facilitators only). */
  kind: 'room' | 'full';
}

const KEEP_ALIVE_MS = 20_000;
/** A phone that reconnects before its old connection is noticed gone has two; more than this is not a phone. */
export const MOST_STREAMS_PER_DEVICE = 3;

export function frame(name: string, payload: unknown): string {
  return `data: ${JSON.stringify({ name, payload })}\n\n`;
}

export class RoomStreams {
  private readonly open = new Set<OpenStream>();

  constructor(private readonly onConnectionChange: (participantId: string) => void) {}

  /** Starts an event stream on `res`; `first` is written before anything else. */
  add(participantId: string, res: ServerResponse, kind: OpenStream['kind'], first: string): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(first);
    const mine = [...this.open].filter((s) => s.participantId === participantId);
    // The oldest goes: it is the one most likely dead (a phone that slept), and no device can pile up streams.
    for (const old of mine.slice(0, Math.max(0, mine.length - MOST_STREAMS_PER_DEVICE + 1))) {
      this.open.delete(old);
      old.res.end();
    }
    const stream: OpenStream = { participantId, res, kind };
    this.open.add(stream);
    const keepAlive = setInterval(() => res.write(': still here\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    res.on('close', () => {
      clearInterval(keepAlive);
      this.open.delete(stream);
      this.onConnectionChange(participantId);
    });
    this.onConnectionChange(participantId);
  }

  connected(participantId: string): boolean {
    for (const s of this.open) if (s.participantId === participantId) return true;
    return false;
  }

  /** One text for every device: a change is projected and serialised once, not once per phone. */
  broadcastRoom<K extends RoomEventName>(name: K, payload: RoomEvents[K]): void {
    const text = frame(name, payload);
    for (const s of this.open) if (s.kind === 'room') s.res.write(text);
  }

  /** `textFor` builds each co-facilitator's own frame (their undo state is their own). */
  broadcastFull(textFor: (participantId: string) => string): void {
    for (const s of this.open) if (s.kind === 'full') s.res.write(textFor(s.participantId));
  }

  sendRoom<K extends RoomEventName>(participantId: string, name: K, payload: RoomEvents[K]): void {
    const text = frame(name, payload);
    for (const s of this.open) if (s.participantId === participantId && s.kind === 'room') s.res.write(text);
  }

  /** Ends one device's streams (all when `participantId` is null), telling room streams why first. */
  end(
    participantId: string | null,
    reason: RoomEvents['room.ended']['reason'],
    kinds: OpenStream['kind'][] = ['room', 'full'],
  ): void {
    const text = frame('room.ended', { reason });
    for (const s of [...this.open]) {
      if (participantId !== null && s.participantId !== participantId) continue;
      if (!kinds.includes(s.kind)) continue;
      this.open.delete(s);
      if (s.kind === 'room') s.res.write(text);
      s.res.end();
    }
  }
}
