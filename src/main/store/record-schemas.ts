// Checks history entries read back from a file, since a damaged entry must not reach the canvas as half a record.
import { z } from 'zod';
import type { ActorId, KindId, TieId, TieTypeId } from '../../shared/domain';
import { TIE_DIRECTIONS } from '../../shared/domain';
import type { RecordSet } from './patch-types';

const actorRecord = z.object({
  id: z.string().transform((s) => s as ActorId),
  name: z.string(),
  kindId: z.string().transform((s) => s as KindId),
  x: z.number(),
  y: z.number(),
});

const tieRecord = z.object({
  id: z.string().transform((s) => s as TieId),
  fromId: z.string().transform((s) => s as ActorId),
  toId: z.string().transform((s) => s as ActorId),
  tieTypeId: z
    .string()
    .nullable()
    .transform((s) => s as TieTypeId | null),
  direction: z.enum(TIE_DIRECTIONS),
});

const recordSet = z.object({ actors: z.array(actorRecord), ties: z.array(tieRecord) });

/** Parses one side of a stored patch; null when it is not what Caremap wrote. */
export function parseRecordSet(json: string): RecordSet | null {
  try {
    const result = recordSet.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
