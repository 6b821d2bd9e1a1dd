// The room's join code: short enough to type from a projector, from an alphabet without look-alikes, and short-lived.
import { randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: read off a projector at the back of a hall, these are confused. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;
export const CODE_LIFETIME_MS = 15 * 60_000;

export type CodeCheck = 'ok' | 'wrong' | 'expired';

export class JoinCodes {
  private code: string | null = null;
  private expiresAt = 0;

  constructor(
    private readonly now: () => number,
    private readonly lifetimeMs = CODE_LIFETIME_MS,
  ) {}

  /** A fresh code; the previous one stops working at once. */
  renew(): { code: string; expiresAt: number } {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
    this.code = code;
    this.expiresAt = this.now() + this.lifetimeMs;
    return { code, expiresAt: this.expiresAt };
  }

  clear(): void {
    this.code = null;
    this.expiresAt = 0;
  }

  current(): { code: string; expiresAt: number } | null {
    return this.code ? { code: this.code, expiresAt: this.expiresAt } : null;
  }

  /** Case, spaces and dashes do not matter ("ack 34m" is ACK-34M); compared in constant time. */
  check(given: unknown): CodeCheck {
    if (!this.code || typeof given !== 'string') return 'wrong';
    const typed = Buffer.from(given.toUpperCase().replace(/[\s-]/g, '').slice(0, 32));
    const expected = Buffer.from(this.code);
    const same = typed.length === expected.length && timingSafeEqual(typed, expected);
    if (!same) return 'wrong';
    return this.now() < this.expiresAt ? 'ok' : 'expired';
  }
}
