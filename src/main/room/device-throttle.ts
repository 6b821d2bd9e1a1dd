// Keeps one phone from flooding the laptop: a device's calls run one at a time (a few may wait their turn), and its
// edits are capped at a steady rate that a person tapping could never reach.
export const EDITS_PER_SECOND = 10;
export const MOST_WAITING = 4;

export const SLOW_DOWN = 'You are adding very quickly. Wait a moment, then try again.';
export const ONE_AT_A_TIME = 'Your device is still sending earlier changes. Wait a moment, then try again.';

export class DeviceThrottle {
  private readonly edits = new Map<string, number[]>();
  private readonly queues = new Map<string, { tail: Promise<unknown>; waiting: number }>();

  constructor(private readonly now: () => number) {}

  /** False when this device made EDITS_PER_SECOND edits within the last second; counts the edit when true. */
  takeEdit(deviceId: string): boolean {
    const since = this.now() - 1000;
    const recent = (this.edits.get(deviceId) ?? []).filter((t) => t > since);
    if (recent.length >= EDITS_PER_SECOND) {
      this.edits.set(deviceId, recent);
      return false;
    }
    recent.push(this.now());
    this.edits.set(deviceId, recent);
    return true;
  }

  /** Runs `call` after the device's earlier calls; null (refused) when too many are already waiting. */
  inTurn<T>(deviceId: string, call: () => Promise<T>): Promise<T> | null {
    const queue = this.queues.get(deviceId) ?? { tail: Promise.resolve(), waiting: 0 };
    if (queue.waiting >= MOST_WAITING) return null;
    queue.waiting += 1;
    const run = queue.tail.then(call, call);
    queue.tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(deviceId, queue);
    void queue.tail.then(() => {
      queue.waiting -= 1;
      if (queue.waiting === 0 && this.queues.get(deviceId) === queue) this.queues.delete(deviceId);
    });
    return run;
  }

  forget(deviceId: string): void {
    this.edits.delete(deviceId);
  }
}
