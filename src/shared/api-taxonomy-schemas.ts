// The API's schemas for the map's taxonomy: kinds, tie types, tie statuses, care offers and custom fields.
import { z } from 'zod';
import { CUSTOM_FIELD_TYPES, FIELD_TARGETS, KIND_SHAPES, LINE_STYLES } from './domain';
import {
  careOfferId,
  colour,
  customFieldId,
  givenKeys,
  kindId,
  requiredName,
  tidy,
  tieStatusId,
  tieTypeId,
} from './api-fields';

/** An update must change something; an empty one is a caller's slip worth hearing about. */
function somethingToChange(input: { id: unknown }, ctx: z.RefinementCtx): void {
  if (givenKeys(input).length <= 1) ctx.addIssue({ code: 'custom', message: 'There is nothing to change.' });
}

const option = z
  .string()
  .max(100, 'A choice can be at most 100 characters.')
  .transform(tidy)
  .pipe(z.string().min(1, 'A choice cannot be empty.'));

/** A choice field's options: distinct whatever their capitals, since values are matched that way. */
const optionList = z
  .array(option)
  .max(200, 'A choice field can have at most 200 choices.')
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    for (const name of options) {
      const key = name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `“${name}” is listed twice among the choices.` });
      seen.add(key);
    }
  });

export const taxonomySchemas = {
  /** `people`: these actors are people (anonymised in shared exports); when not given, they are, to be safe. */
  'kinds.create': z
    .object({ name: requiredName('A kind'), colour, shape: z.enum(KIND_SHAPES), people: z.boolean().optional() })
    .strict(),
  'kinds.update': z
    .object({
      id: kindId,
      name: requiredName('A kind').optional(),
      colour: colour.optional(),
      shape: z.enum(KIND_SHAPES).optional(),
      people: z.boolean().optional(),
    })
    .strict()
    .superRefine(somethingToChange),
  /** Moves every actor of `fromId` to `intoId`, then removes `fromId`. */
  'kinds.merge': z
    .object({ fromId: kindId, intoId: kindId })
    .strict()
    .refine((v) => v.fromId !== v.intoId, { message: 'Choose two different kinds to merge.', path: ['intoId'] }),
  /** A kind in use needs `reassignTo`: the kind its actors move to. */
  'kinds.delete': z.object({ id: kindId, reassignTo: kindId.optional() }).strict(),

  'tieTypes.create': z.object({ name: requiredName('A type of tie'), colour }).strict(),
  'tieTypes.update': z
    .object({ id: tieTypeId, name: requiredName('A type of tie').optional(), colour: colour.optional() })
    .strict()
    .superRefine(somethingToChange),
  /** A type in use needs `reassignTo`: another type, or null to leave its ties without a type. */
  'tieTypes.delete': z.object({ id: tieTypeId, reassignTo: tieTypeId.nullable().optional() }).strict(),

  'tieStatuses.create': z.object({ name: requiredName('A tie status'), lineStyle: z.enum(LINE_STYLES) }).strict(),
  'tieStatuses.update': z
    .object({
      id: tieStatusId,
      name: requiredName('A tie status').optional(),
      lineStyle: z.enum(LINE_STYLES).optional(),
    })
    .strict()
    .superRefine(somethingToChange),
  /** A status in use needs `reassignTo`: another status, or null to leave its ties with none. */
  'tieStatuses.delete': z.object({ id: tieStatusId, reassignTo: tieStatusId.nullable().optional() }).strict(),

  'careOffers.create': z.object({ name: requiredName('A care offer') }).strict(),
  'careOffers.update': z.object({ id: careOfferId, name: requiredName('A care offer') }).strict(),
  /** Also takes the offer off every actor that had it (undo puts it back). */
  'careOffers.delete': z.object({ id: careOfferId }).strict(),

  'customFields.create': z
    /** `safe`: its values may go into an anonymised export for people; private (false) unless said. */
    .object({
      name: requiredName('A field'),
      type: z.enum(CUSTOM_FIELD_TYPES),
      options: optionList.optional(),
      safe: z.boolean().optional(),
      /** Recorded on actors (the default) or on ties; fixed once made, as values cannot move between the two. */
      appliesTo: z.enum(FIELD_TARGETS).optional(),
    })
    .strict(),
  /**
   * `renamedOptions` (old → new) carries actors' values over when a choice is renamed; a value whose choice is gone
   * is cleared. Changing `type` converts every value, and is refused if one cannot be converted.
   */
  'customFields.update': z
    .object({
      id: customFieldId,
      name: requiredName('A field').optional(),
      type: z.enum(CUSTOM_FIELD_TYPES).optional(),
      options: optionList.optional(),
      renamedOptions: z.record(z.string().min(1).max(100), option).optional(),
      safe: z.boolean().optional(),
    })
    .strict()
    .superRefine(somethingToChange),
  /** Also removes the field's value from every actor (undo puts them back). */
  'customFields.delete': z.object({ id: customFieldId }).strict(),
} as const;
