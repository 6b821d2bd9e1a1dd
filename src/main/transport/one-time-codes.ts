// One-time codes for browser mode: the address Caremap prints (and hands to the browser on its command line, which
// other local users can read in /proc) carries a code, never the session key. The page trades the code for the key
// with one request; a code works once, so a copy read off a command line is worth nothing once the page has used it.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export class OneTimeCodes {
  private readonly live = new Set<string>();

  /** A fresh code, valid until it is used once. */
  issue(): string {
    const code = randomBytes(18).toString('base64url');
    this.live.add(code);
    return code;
  }

  /** True (and the code is spent) when `given` is a live code; false for a used, unknown or missing one. */
  redeem(given: unknown): boolean {
    if (typeof given !== 'string' || given.length === 0) return false;
    const wanted = Buffer.from(given);
    for (const code of this.live) {
      const candidate = Buffer.from(code);
      if (candidate.length === wanted.length && timingSafeEqual(candidate, wanted)) {
        this.live.delete(code);
        return true;
      }
    }
    return false;
  }
}
