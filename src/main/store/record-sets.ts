// Building record sets and change sets without spelling out all seven collections each time.
import type { RecordChanges, RecordCollection, RecordIds, RecordSet } from './patch-types';

/** Every collection, taxonomy first: the order a change set's puts go in (deletes go in reverse). */
export const RECORD_COLLECTIONS = [
  'kinds',
  'tieTypes',
  'tieStatuses',
  'careOffers',
  'customFields',
  'actors',
  'ties',
] as const satisfies readonly RecordCollection[];

/** A record set holding just the given records; every other collection empty. */
export function recordSet(records: Partial<RecordSet> = {}): RecordSet {
  return {
    kinds: records.kinds ?? [],
    tieTypes: records.tieTypes ?? [],
    tieStatuses: records.tieStatuses ?? [],
    careOffers: records.careOffers ?? [],
    customFields: records.customFields ?? [],
    actors: records.actors ?? [],
    ties: records.ties ?? [],
  };
}

export function noIds(ids: Partial<RecordIds> = {}): RecordIds {
  return {
    kinds: ids.kinds ?? [],
    tieTypes: ids.tieTypes ?? [],
    tieStatuses: ids.tieStatuses ?? [],
    careOffers: ids.careOffers ?? [],
    customFields: ids.customFields ?? [],
    actors: ids.actors ?? [],
    ties: ids.ties ?? [],
  };
}

export function recordChanges(put: Partial<RecordSet> = {}, deleted: Partial<RecordIds> = {}): RecordChanges {
  return { put: recordSet(put), deleted: noIds(deleted) };
}
