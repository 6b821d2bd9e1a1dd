// The API's schemas for actors and ties: create, move, and the inspector's and table's updates of one or many.
import { z } from 'zod';
import { ACTOR_ROLES, CARE_MODES, CONSENT_STATES, TIE_DIRECTIONS, TIE_STRENGTHS } from './domain';
import {
  actorId,
  careOfferId,
  coordinate,
  customValues,
  email,
  freeText,
  givenKeys,
  idList,
  isoDate,
  kindId,
  optionalName,
  provenancePatch,
  requiredName,
  tagList,
  tieId,
  tieStatusId,
  tieTypeId,
  website,
} from './api-fields';

const careOfferList = z.array(careOfferId).max(1000);
const careModeList = z.array(z.enum(CARE_MODES)).max(CARE_MODES.length * 2);

/** Every field the inspector can change on an actor; all optional, and what is left out stays as it was. */
export const actorPatch = z
  .object({
    name: requiredName('An actor'),
    kindId,
    description: freeText('A description', 5000),
    /** Replace the actor's care offers with these… */
    careOfferIds: careOfferList,
    /** …or add and remove some, which is what makes sense for several actors at once. */
    addCareOffers: careOfferList,
    removeCareOffers: careOfferList,
    careModes: careModeList,
    addCareModes: careModeList,
    removeCareModes: careModeList,
    role: z.enum(ACTOR_ROLES).nullable(),
    address: freeText('An area or address', 500),
    tags: tagList,
    addTags: tagList,
    removeTags: tagList,
    website,
    contact: z
      .object({ email, phone: freeText('A phone number', 100), other: freeText('Other contact details', 1000) })
      .partial()
      .strict(),
    consent: z.enum(CONSENT_STATES).nullable(),
    consentDate: isoDate.nullable(),
    notes: freeText('Notes', 20_000),
    pinned: z.boolean(),
    customValues,
    provenance: provenancePatch,
  })
  .partial()
  .strict();
export type ActorPatch = z.output<typeof actorPatch>;

/** Fields that belong to one actor: setting them on several at once would overwrite each one's own. */
const ONE_ACTOR_ONLY: Partial<Record<keyof ActorPatch, string>> = {
  name: 'A name',
  description: 'A description',
  careOfferIds: 'The full list of care offers',
  careModes: 'The full list of care modes',
  tags: 'The full list of tags',
  website: 'A website',
  contact: 'Contact details',
  consent: 'Consent',
  consentDate: 'A consent date',
  notes: 'Notes',
};

/** Replacing a list and adding to it in one request would leave its result ambiguous. */
const EITHER_OR: [keyof ActorPatch, keyof ActorPatch, keyof ActorPatch, string][] = [
  ['tags', 'addTags', 'removeTags', 'tags'],
  ['careOfferIds', 'addCareOffers', 'removeCareOffers', 'care offers'],
  ['careModes', 'addCareModes', 'removeCareModes', 'care modes'],
];

export const actorsUpdate = z
  .object({ ids: idList(actorId), patch: actorPatch })
  .strict()
  .superRefine((input, ctx) => {
    const keys = givenKeys(input.patch) as (keyof ActorPatch)[];
    if (keys.length === 0) ctx.addIssue({ code: 'custom', path: ['patch'], message: 'There is nothing to change.' });
    if (input.ids.length > 1) {
      for (const key of keys) {
        const label = ONE_ACTOR_ONLY[key];
        if (label) {
          ctx.addIssue({
            code: 'custom',
            path: ['patch', key],
            message: `${label} can only be changed for one actor at a time; ${input.ids.length} are chosen.`,
          });
        }
      }
    }
    for (const [whole, add, remove, words] of EITHER_OR) {
      if (keys.includes(whole) && (keys.includes(add) || keys.includes(remove))) {
        ctx.addIssue({
          code: 'custom',
          path: ['patch', whole],
          message: `Either replace the ${words} or add and remove some, not both at once.`,
        });
      }
    }
  });

export const actorsCreate = z
  .object({ name: optionalName, kindId, x: coordinate, y: coordinate, provenance: provenancePatch.optional() })
  .strict();

/** The details a tie can be drawn with (ties.create) or changed to (ties.update). */
const tieDetails = {
  strength: z.enum(TIE_STRENGTHS),
  statusId: tieStatusId.nullable(),
  since: isoDate.nullable(),
  notes: freeText('Notes', 20_000),
  provenance: provenancePatch,
};

export const tiesCreate = z
  .object({
    fromId: actorId,
    toId: actorId,
    tieTypeId: tieTypeId.nullable().optional(),
    direction: z.enum(TIE_DIRECTIONS).optional(),
    ...tieDetails,
  })
  .partial({ strength: true, statusId: true, since: true, notes: true, provenance: true })
  .strict();

export const tiePatch = z
  .object({
    tieTypeId: tieTypeId.nullable(),
    direction: z.enum(TIE_DIRECTIONS),
    /** true: the tie runs the other way (from becomes to), e.g. "Ada refers to the food bank" drawn backwards. */
    reverse: z.literal(true),
    /** Field id → new value, or null to clear it; the fields must be ties' fields. */
    customValues,
    ...tieDetails,
  })
  .partial()
  .strict();
export type TiePatch = z.output<typeof tiePatch>;

export const tiesUpdate = z
  .object({ ids: idList(tieId), patch: tiePatch })
  .strict()
  .superRefine((input, ctx) => {
    const keys = givenKeys(input.patch);
    if (keys.length === 0) ctx.addIssue({ code: 'custom', path: ['patch'], message: 'There is nothing to change.' });
    if (input.ids.length > 1 && keys.includes('notes')) {
      ctx.addIssue({
        code: 'custom',
        path: ['patch', 'notes'],
        message: `Notes can only be changed for one tie at a time; ${input.ids.length} are chosen.`,
      });
    }
  });
