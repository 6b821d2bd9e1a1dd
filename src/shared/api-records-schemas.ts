// The API's schema for fetching records' other fields on demand (the window opens with slim records only).
import { z } from 'zod';
import { actorId, tieId } from './api-fields';

export const recordsSchemas = {
  /**
   * Full records: of the given ids, or of every actor / every tie with `allActors` / `allTies` (the table, a filter or
   * search on those fields, the report). Ids no longer on the map are left out of the answer.
   */
  'records.details': z
    .object({
      actorIds: z.array(actorId).max(100_000).optional(),
      tieIds: z.array(tieId).max(100_000).optional(),
      allActors: z.boolean().optional(),
      allTies: z.boolean().optional(),
    })
    .strict(),
} as const;
