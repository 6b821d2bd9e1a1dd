// Applies the inspector's patch to one actor: lists added to or replaced, custom values checked against their fields.
import type { ActorPatch } from '../../shared/api-record-schemas';
import type { Actor, CareMode, CareOfferId, CustomField, CustomValues } from '../../shared/domain';
import { CARE_MODES } from '../../shared/domain';
import { checkCustomValue } from '../../shared/custom-values';
import { CaremapError } from '../../shared/errors';
import { patchProvenance } from './provenance';

/** What checking a patch needs from the map, read once for however many actors it touches. */
export interface ActorPatchContext {
  fields: ReadonlyMap<string, CustomField>;
}

/** Tags are one tag whatever their capitals: "Youth" and "youth" would otherwise split every filter in two. */
function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function withoutDuplicateTags(tags: readonly string[]): string[] {
  const result: string[] = [];
  for (const tag of tags) if (!result.some((t) => sameTag(t, tag))) result.push(tag);
  return result;
}

function editTags(current: readonly string[], patch: ActorPatch): string[] {
  if (patch.tags) return withoutDuplicateTags(patch.tags);
  const removed = (tag: string) => (patch.removeTags ?? []).some((r) => sameTag(r, tag));
  return withoutDuplicateTags([...current.filter((t) => !removed(t)), ...(patch.addTags ?? [])]);
}

function editList<T>(
  current: readonly T[],
  whole: readonly T[] | undefined,
  add: readonly T[] = [],
  remove: readonly T[] = [],
): T[] {
  const next = whole ? [...whole] : [...current.filter((item) => !remove.includes(item)), ...add];
  return [...new Set(next)];
}

/** Care modes read in the seed's order, whatever order they were ticked in. */
function editCareModes(current: readonly CareMode[], patch: ActorPatch): CareMode[] {
  const chosen = new Set(editList(current, patch.careModes, patch.addCareModes, patch.removeCareModes));
  return CARE_MODES.filter((mode) => chosen.has(mode));
}

/** Also used for ties' values, with the ties' fields as the context. */
export function editCustomValues(
  current: CustomValues,
  changes: Record<string, string | number | boolean | null>,
  context: ActorPatchContext,
): CustomValues {
  const next: CustomValues = { ...current };
  for (const [fieldId, raw] of Object.entries(changes)) {
    const field = context.fields.get(fieldId);
    if (!field)
      throw new CaremapError('not-found', 'That field is not in this map.', { field: `customValues.${fieldId}` });
    const checked = raw === null ? { ok: true as const, value: null } : checkCustomValue(field, raw);
    if (!checked.ok) throw new CaremapError('invalid-input', checked.message, { field: `customValues.${fieldId}` });
    if (checked.value === null) delete next[fieldId];
    else next[fieldId] = checked.value;
  }
  return next;
}

/** The actor as the patch leaves it; kind and care offer ids must already have been checked against the map. */
export function applyActorPatch(actor: Actor, patch: ActorPatch, context: ActorPatchContext): Actor {
  const hasCareOfferEdit = patch.careOfferIds || patch.addCareOffers || patch.removeCareOffers;
  const hasCareModeEdit = patch.careModes || patch.addCareModes || patch.removeCareModes;
  const hasTagEdit = patch.tags || patch.addTags || patch.removeTags;
  return {
    ...actor,
    name: patch.name ?? actor.name,
    kindId: patch.kindId ?? actor.kindId,
    description: patch.description ?? actor.description,
    careOfferIds: hasCareOfferEdit
      ? editList<CareOfferId>(actor.careOfferIds, patch.careOfferIds, patch.addCareOffers, patch.removeCareOffers)
      : actor.careOfferIds,
    careModes: hasCareModeEdit ? editCareModes(actor.careModes, patch) : actor.careModes,
    role: patch.role === undefined ? actor.role : patch.role,
    address: patch.address ?? actor.address,
    tags: hasTagEdit ? editTags(actor.tags, patch) : actor.tags,
    website: patch.website ?? actor.website,
    contact: {
      email: patch.contact?.email ?? actor.contact.email,
      phone: patch.contact?.phone ?? actor.contact.phone,
      other: patch.contact?.other ?? actor.contact.other,
    },
    consent: patch.consent === undefined ? actor.consent : patch.consent,
    consentDate: patch.consentDate === undefined ? actor.consentDate : patch.consentDate,
    notes: patch.notes ?? actor.notes,
    pinned: patch.pinned ?? actor.pinned,
    customValues: patch.customValues
      ? editCustomValues(actor.customValues, patch.customValues, context)
      : actor.customValues,
    provenance: patchProvenance(actor.provenance, patch.provenance),
  };
}
