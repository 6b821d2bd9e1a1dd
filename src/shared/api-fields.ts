// The zod pieces the API's operations are built from: ids, names, texts, dates, colours, provenance.
// Messages meant for a person are whole sentences ending in a full stop; validate.ts shows those as they are.
import { z } from 'zod';
import type { ActorId, CareOfferId, CustomFieldId, KindId, TieId, TieStatusId, TieTypeId } from './domain';
import { CERTAINTIES, PROVENANCE_SOURCES } from './domain';
import { isIsoDate } from './dates';
import { LONGEST_TEXT_VALUE } from './custom-values';
import { xmlSafeText } from './xml-safe-text';

const id = z.string().min(1).max(100);
export const actorId = id.transform((s) => s as ActorId);
export const tieId = id.transform((s) => s as TieId);
export const kindId = id.transform((s) => s as KindId);
export const tieTypeId = id.transform((s) => s as TieTypeId);
export const tieStatusId = id.transform((s) => s as TieStatusId);
export const careOfferId = id.transform((s) => s as CareOfferId);
export const customFieldId = id.transform((s) => s as CustomFieldId);

/** One list of ids to act on: at least one, and no more than a map could hold. */
export const idList = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(100_000);

/** Canvas coordinates: finite, and within a range no real map approaches (keeps NaN and 1e308 out of the file). */
export const coordinate = z.number().finite().min(-1e7).max(1e7);

/**
 * Names are tidied (characters no export format can hold left out or replaced, see xml-safe-text.ts; ends trimmed;
 * runs of spaces made one) so "Ada  Okafor " and "Ada Okafor" are the same name. */
export const tidy = (s: string) => xmlSafeText(s).trim().replace(/\s+/g, ' ');

/** A name that may be empty (a dropped actor gets a default name). */
export const optionalName = z.string().max(200, 'A name can be at most 200 characters.').transform(tidy);

/** A name that must be there, e.g. "A kind needs a name." */
export const requiredName = (what: string) =>
  z
    .string()
    .max(200, 'A name can be at most 200 characters.')
    .transform(tidy)
    .pipe(z.string().min(1, `${what} needs a name.`));

/** Free text: trimmed at the ends only, so the lines of a note stay as written (characters XML cannot hold go). */
export const freeText = (label: string, longest: number) =>
  z
    .string()
    .max(longest, `${label} can be at most ${longest.toLocaleString('en-GB')} characters.`)
    .transform((s) => xmlSafeText(s).trim());

export const isoDate = z
  .string()
  .max(40)
  .transform((s) => s.trim())
  .refine(isIsoDate, {
    error: (issue) => `“${String(issue.input)}” is not a real date. Write it as YYYY-MM-DD, for example 2025-03-14.`,
  });

/** #rrggbb, the one form every part of Caremap (canvas, exports, spreadsheets) reads the same way. */
export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb, for example #0072B2.');

const WEBSITE = /^(https?:\/\/)?[^\s/?#@]+\.[^\s/?#@.]{2,}([/?#]\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

/** Empty clears it; otherwise it must look like an address someone could visit. */
export const website = freeText('A website address', 500).refine((s) => s === '' || WEBSITE.test(s), {
  error: (issue) =>
    `“${String(issue.input).trim()}” does not look like a website address (for example maplestreet.org).`,
});

export const email = freeText('An email address', 320).refine((s) => s === '' || EMAIL.test(s), {
  error: (issue) =>
    `“${String(issue.input).trim()}” does not look like an email address (for example name@example.org).`,
});

export const tag = z
  .string()
  .max(60, 'A tag can be at most 60 characters.')
  .transform(tidy)
  .pipe(z.string().min(1, 'A tag cannot be empty.'));
export const tagList = z.array(tag).max(200, 'An actor can have at most 200 tags.');

/** What a form or a spreadsheet sends for a custom field; checked against the field's type by the command. */
export const customValue = z.union([
  z
    .string()
    .max(LONGEST_TEXT_VALUE * 2)
    .transform(xmlSafeText),
  z.number().finite(),
  z.boolean(),
  z.null(),
]);
/** Field id → new value; null (or an empty text) clears the field. */
export const customValues = z.record(z.string().min(1).max(100), customValue);

/** Any part of a record's provenance; what is left out stays as it was (or takes the default, on create). */
export const provenancePatch = z
  .object({
    source: z.enum(PROVENANCE_SOURCES),
    label: freeText('A source name', 300),
    sheet: freeText('A sheet name', 300).nullable(),
    row: z.number().int().min(1).max(10_000_000).nullable(),
    recordedOn: isoDate.nullable(),
    certainty: z.enum(CERTAINTIES),
  })
  .partial()
  .strict();
export type ProvenancePatch = z.output<typeof provenancePatch>;

/** Keys given in an object, for the "only for one actor" and "nothing to change" checks. */
export function givenKeys(patch: object): string[] {
  return Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}
