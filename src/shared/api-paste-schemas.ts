// The schema of actors.paste: actors copied (from this map or another) with the ties among them, named by words
// rather than ids wherever the other map's lists may differ (kinds, care offers, tie types, statuses, fields).
import { z } from 'zod';
import { TIE_DIRECTIONS, TIE_STRENGTHS } from './domain';
import type { EditResult } from './domain';
import { coordinate, customValue, isoDate, kindId, requiredName } from './api-fields';
import { actorPatch } from './api-record-schemas';

const ref = z.string().min(1).max(100);
const word = z.string().max(200);

const pastedActor = z
  .object({
    /** The copied actor's id in its own map; ties name their ends by it. */
    ref,
    name: requiredName('An actor'),
    /** Tried first (a paste into the same map); otherwise the kind is found by its name. */
    kindId: kindId.optional(),
    kindName: word,
    x: coordinate,
    y: coordinate,
    details: actorPatch.pick({
      description: true,
      careModes: true,
      role: true,
      address: true,
      tags: true,
      website: true,
      contact: true,
      consent: true,
      consentDate: true,
      notes: true,
      provenance: true,
    }),
    careOfferNames: z.array(word).max(1000),
    /** Your own fields, by name: kept where this map has a field of that name that takes the value. */
    customValues: z.array(z.object({ field: word, value: customValue }).strict()).max(1000),
  })
  .strict();

const pastedTie = z
  .object({
    from: ref,
    to: ref,
    tieTypeName: word.nullable(),
    statusName: word.nullable(),
    direction: z.enum(TIE_DIRECTIONS),
    strength: z.enum(TIE_STRENGTHS),
    since: isoDate.nullable(),
    notes: z.string().max(20_000),
  })
  .strict();

export const pasteSchemas = {
  /** Copy/cut + paste and duplicate: new actors and the ties among them, one transaction, one undo step. */
  'actors.paste': z
    .object({ actors: z.array(pastedActor).min(1).max(20_000), ties: z.array(pastedTie).max(100_000) })
    .strict()
    .refine((v) => new Set(v.actors.map((a) => a.ref)).size === v.actors.length, 'The same actor was pasted twice.'),
};

export type PastedActor = z.output<typeof pastedActor>;
export type PastedTie = z.output<typeof pastedTie>;

/** What a paste did beyond the records: names given a suffix, and what this map had no place for. */
export interface PasteResult extends EditResult {
  renamed: { from: string; to: string }[];
  /** Sentences for the facilitator, e.g. "This map has no tie type “Funds”: 2 ties were pasted without a type." */
  notes: string[];
}
