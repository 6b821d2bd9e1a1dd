// The lists every new map starts with (kinds, tie types, tie statuses, care offers), given fresh ids, with the seed's
// keys kept for lookups.
import { randomUUID } from 'node:crypto';
import type {
  CareOffer,
  CareOfferId,
  Kind,
  KindId,
  Taxonomy,
  TieStatus,
  TieStatusId,
  TieType,
  TieTypeId,
} from '../../shared/domain';
import { SEED_CARE_OFFERS, SEED_KINDS, SEED_TIE_STATUSES, SEED_TIE_TYPES } from '../../shared/seed-kinds';

export interface SeedTaxonomy extends Taxonomy {
  kindIdByKey: ReadonlyMap<string, KindId>;
  tieTypeIdByKey: ReadonlyMap<string, TieTypeId>;
  tieStatusIdByKey: ReadonlyMap<string, TieStatusId>;
  careOfferIdByKey: ReadonlyMap<string, CareOfferId>;
}

function byKey<Id>(seeds: readonly { key: string }[], records: readonly { id: Id }[]): ReadonlyMap<string, Id> {
  return new Map(seeds.map((seed, i) => [seed.key, records[i]!.id]));
}

export function seedTaxonomy(): SeedTaxonomy {
  const kinds = SEED_KINDS.map((seed, i): Kind => ({
    id: randomUUID() as KindId,
    name: seed.name,
    colour: seed.colour,
    shape: seed.shape,
    sortOrder: i,
    people: seed.people,
  }));
  const tieTypes = SEED_TIE_TYPES.map((seed, i): TieType => ({
    id: randomUUID() as TieTypeId,
    name: seed.name,
    colour: seed.colour,
    sortOrder: i,
  }));
  const tieStatuses = SEED_TIE_STATUSES.map((seed, i): TieStatus => ({
    id: randomUUID() as TieStatusId,
    name: seed.name,
    lineStyle: seed.lineStyle,
    sortOrder: i,
  }));
  const careOffers = SEED_CARE_OFFERS.map((seed, i): CareOffer => ({
    id: randomUUID() as CareOfferId,
    name: seed.name,
    sortOrder: i,
  }));
  return {
    kinds,
    tieTypes,
    tieStatuses,
    careOffers,
    customFields: [],
    kindIdByKey: byKey(SEED_KINDS, kinds),
    tieTypeIdByKey: byKey(SEED_TIE_TYPES, tieTypes),
    tieStatusIdByKey: byKey(SEED_TIE_STATUSES, tieStatuses),
    careOfferIdByKey: byKey(SEED_CARE_OFFERS, careOffers),
  };
}

/** Just the lists, without the key maps, for writing into a map. */
export function taxonomyOf(seed: Taxonomy): Taxonomy {
  const { kinds, tieTypes, tieStatuses, careOffers, customFields } = seed;
  return { kinds, tieTypes, tieStatuses, careOffers, customFields };
}
