// Who joined the room: one random token per device, bound to a role, found in constant time, revoked at once.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { JoinedRole, RoomParticipant } from '../../shared/room';

export interface Participant extends RoomParticipant {
  /** SHA-256 of the token: the token itself is never kept, so a memory dump or log cannot replay it. */
  tokenHash: Buffer;
}

/** A room holds a workshop; more devices than this is a flood, not a workshop. */
export const MOST_PARTICIPANTS = 200;

const hashOf = (token: string) => createHash('sha256').update(token).digest();

export class Participants {
  private readonly list: Participant[] = [];

  constructor(private readonly now: () => number) {}

  get size(): number {
    return this.list.length;
  }

  add(name: string, role: JoinedRole): { participant: Participant; token: string } {
    const token = randomBytes(32).toString('base64url');
    const at = new Date(this.now()).toISOString();
    const participant: Participant = {
      id: randomUUID().replaceAll('-', '').slice(0, 16),
      name,
      role,
      joinedAt: at,
      lastSeenAt: at,
      added: 0,
      connected: false,
      tokenHash: hashOf(token),
    };
    this.list.push(participant);
    return { participant, token };
  }

  /** Compares against every device's hash without stopping early, so timing says nothing about which was close. */
  byToken(token: unknown): Participant | null {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    const given = hashOf(token);
    let found: Participant | null = null;
    for (const p of this.list) if (timingSafeEqual(given, p.tokenHash)) found = p;
    return found;
  }

  byId(id: string): Participant | undefined {
    return this.list.find((p) => p.id === id);
  }

  remove(id: string): Participant | undefined {
    const at = this.list.findIndex((p) => p.id === id);
    return at < 0 ? undefined : this.list.splice(at, 1)[0];
  }

  clear(): void {
    this.list.length = 0;
  }

  seen(p: Participant): void {
    p.lastSeenAt = new Date(this.now()).toISOString();
  }

  /** As the facilitator's panel lists them: never the token's hash. */
  publicList(): RoomParticipant[] {
    return this.list.map(({ id, name, role, joinedAt, lastSeenAt, added, connected }) => ({
      id,
      name,
      role,
      joinedAt,
      lastSeenAt,
      added,
      connected,
    }));
  }
}
