// The shape of window.caremap: what the preload exposes in Electron, and nothing more.
import type { OperationName, Request, Output, ServerEvent, WireResult } from './api';
import type { CallMeta } from './live-map';

export interface CaremapBridge {
  /** Calls one API operation; the main process validates the input and checks `meta` (live-map.ts). */
  call<K extends OperationName>(name: K, input: Request<K>, meta?: CallMeta): Promise<WireResult<Output<K>>>;
  /** Subscribes to pushes from the main process (native menu); returns the unsubscribe function. */
  onEvent(listener: (event: ServerEvent) => void): () => void;
}
