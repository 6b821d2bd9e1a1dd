// Slows down guessing of the join code: a few wrong tries per device address a minute, and a ceiling for the whole room.
export const TRIES_PER_ADDRESS = 5;
export const TRIES_OVERALL = 30;
export const WINDOW_MS = 60_000;

export const TOO_MANY_TRIES = 'Too many tries — wait a minute and check the code on the screen.';

/**
 * Counts failures in the last minute. The overall ceiling matters because a guesser with many addresses (or one
 * that changes its address) would otherwise get five tries from each: with 25⁶ codes, 30 tries a minute for the
 * code's 15 minutes gives a guesser about one chance in 500,000.
 */
export class GuessThrottle {
  private readonly byAddress = new Map<string, number[]>();
  private overall: number[] = [];

  constructor(private readonly now: () => number) {}

  private recent(times: number[]): number[] {
    const since = this.now() - WINDOW_MS;
    return times.filter((t) => t > since);
  }

  /** True when this address (or the room as a whole) has used up its tries for now. */
  blocked(address: string): boolean {
    this.overall = this.recent(this.overall);
    const mine = this.recent(this.byAddress.get(address) ?? []);
    if (mine.length) this.byAddress.set(address, mine);
    else this.byAddress.delete(address);
    return mine.length >= TRIES_PER_ADDRESS || this.overall.length >= TRIES_OVERALL;
  }

  failed(address: string): void {
    const t = this.now();
    this.overall.push(t);
    const mine = this.byAddress.get(address) ?? [];
    mine.push(t);
    this.byAddress.set(address, mine);
  }
}
