// The shape of window.caremap: what the preload exposes in Electron, and nothing more.
import type { OperationName, Request, Output, ServerEvent, WireResult } from './api';

export interface CaremapBridge {
  /** Calls one API operation; the main process validates the input. */
  call<K extends OperationName>(name: K, input: Request<K>): Promise<WireResult<Output<K>>>;
  /** Subscribes to pushes from the main process (native menu); returns the unsubscribe function. */
  onEvent(listener: (event: ServerEvent) => void): () => void;
}
