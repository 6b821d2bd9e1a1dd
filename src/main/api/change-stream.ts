// The change stream: main's one publisher of committed edits and map switches, which every connected view hears.
import type { ServerEvent } from '../../shared/api';

export type StreamListener = (event: ServerEvent) => void;

export class ChangeStream {
  private readonly listeners = new Set<StreamListener>();

  /** Adds a view's transport (an SSE response, Electron's windows); returns the unsubscribe function. */
  subscribe(listener: StreamListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ServerEvent): void {
    for (const listener of [...this.listeners]) {
      // One broken connection must not stop the others from hearing, nor fail the edit that was already committed.
      try {
        listener(event);
      } catch (error) {
        console.error('Caremap: a view could not be told of a change:', error);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
