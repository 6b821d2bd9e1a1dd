// The API's schemas for "Invite the room": the facilitator's share.* operations (never reachable from a joined device).
import { z } from 'zod';
import { JOINED_ROLES, ROOM_MODES } from './room';

const empty = z.object({}).strict().optional();
const participantId = z.string().min(1).max(100);

export const shareSchemas = {
  /** The computer's IPv4 network interfaces to share on; loopback last ("this computer only"). */
  'share.interfaces': empty,
  /** Starts listening on one of the listed addresses, for the open map. */
  'share.start': z.object({ address: z.string().min(1, 'Choose a network to share on.').max(100) }).strict(),
  'share.state': empty,
  'share.setMode': z.object({ mode: z.enum(ROOM_MODES) }).strict(),
  'share.setRole': z.object({ participantId, role: z.enum(JOINED_ROLES) }).strict(),
  /** Revokes the device's token at once and ends its stream. */
  'share.remove': z.object({ participantId }).strict(),
  /** A fresh join code (the old one stops working); joined devices stay. */
  'share.newCode': empty,
  /** Whether people's names (kinds marked people) reach joined devices whole, or as initials. */
  'share.setShowPeopleNames': z.object({ show: z.boolean() }).strict(),
  'share.stop': empty,
} as const;
