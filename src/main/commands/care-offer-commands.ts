// Care offers (peer support, shared meals…): add, rename, delete (taking the offer off every actor that had it).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { CareOffer, CareOfferId, EditResult } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { quotedName } from './labels';
import { requireEntry } from './lookups';
import { NO_RECORDS } from './patch';
import { runEdit } from './run-edit';
import { nextSortOrder, requireFreeName, updateLabel } from './taxonomy-entries';

export function createCareOffer(store: MapStore, input: Input<'careOffers.create'>): EditResult {
  return runEdit(store, () => {
    requireFreeName(store, 'careOffers', input.name);
    const offer: CareOffer = {
      id: randomUUID() as CareOfferId,
      name: input.name,
      sortOrder: nextSortOrder(store, 'careOffers'),
    };
    return {
      label: `Add care offer ${quotedName(offer.name)}`,
      patch: { before: NO_RECORDS, after: recordSet({ careOffers: [offer] }) },
    };
  });
}

export function updateCareOffer(store: MapStore, input: Input<'careOffers.update'>): EditResult {
  return runEdit(store, () => {
    const offer = requireEntry(store, 'careOffers', input.id);
    requireFreeName(store, 'careOffers', input.name, offer.id);
    const updated: CareOffer = { ...offer, name: input.name };
    return {
      label: updateLabel('careOffers', offer.name, updated.name),
      patch: { before: recordSet({ careOffers: [offer] }), after: recordSet({ careOffers: [updated] }) },
    };
  });
}

/** The actors that had the offer are part of the step, so undo gives it back to each of them. */
export function deleteCareOffer(store: MapStore, input: Input<'careOffers.delete'>): EditResult {
  return runEdit(store, () => {
    const offer = requireEntry(store, 'careOffers', input.id);
    const actors = store.actorsWithCareOffer(offer.id);
    const without = actors.map((a) => ({ ...a, careOfferIds: a.careOfferIds.filter((id) => id !== offer.id) }));
    return {
      label: `Delete care offer ${quotedName(offer.name)}`,
      patch: { before: recordSet({ careOffers: [offer], actors }), after: recordSet({ actors: without }) },
    };
  });
}
