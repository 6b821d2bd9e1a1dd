// The API's schemas for privacy: forgetting a person for good, and writing a fresh copy of the map to share.
import { z } from 'zod';
import { actorId } from './api-fields';

const sharePath = z
  .string()
  .min(1, 'Choose a file.')
  .max(4096)
  .refine((s) => !s.includes('\0'), 'That is not a file path.')
  .refine((s) => s.toLowerCase().endsWith('.caremap'), 'A map file name ends in .caremap.');

export const privacySchemas = {
  /** Removes the actor and their ties from the map, the undo history and every snapshot. Cannot be undone. */
  'actors.forget': z.object({ id: actorId }).strict(),
  /** A new map file with no history or snapshots, people anonymised when `anonymise` is true. */
  'map.saveShareCopy': z.object({ path: sharePath, anonymise: z.boolean() }).strict(),
} as const;
