// Browser mode's change stream: GET /events answers with server-sent events for as long as the page keeps it open.
import type { ServerResponse } from 'node:http';
import type { ServerEvent } from '../../shared/api';
import { SECURITY_HEADERS } from './security-headers';

export interface EventSourceOfViews {
  subscribe(listener: (event: ServerEvent) => void): () => void;
  /** The first event a view hears: where the open map stands now. */
  hello(): ServerEvent<'stream.hello'>;
}

/** Comments keep idle connections (and any proxy in the way) from timing out; the page ignores them. */
const KEEP_ALIVE_MS = 20_000;

export function serveEvents(res: ServerResponse, source: EventSourceOfViews): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  const write = (event: ServerEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  write(source.hello());
  const unsubscribe = source.subscribe(write);
  const keepAlive = setInterval(() => res.write(': still here\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
