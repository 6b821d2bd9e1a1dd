// The kinds and tie types every new map starts with, given fresh ids, with the seed's keys kept for lookups.
import { randomUUID } from 'node:crypto';
import type { Kind, KindId, TieType, TieTypeId } from '../../shared/domain';
import { SEED_KINDS, SEED_TIE_TYPES } from '../../shared/seed-kinds';

export interface SeedTaxonomy {
  kinds: Kind[];
  tieTypes: TieType[];
  kindIdByKey: ReadonlyMap<string, KindId>;
  tieTypeIdByKey: ReadonlyMap<string, TieTypeId>;
}

export function seedTaxonomy(): SeedTaxonomy {
  const kinds = SEED_KINDS.map((seed, i): Kind => ({
    id: randomUUID() as KindId,
    name: seed.name,
    colour: seed.colour,
    shape: seed.shape,
    sortOrder: i,
  }));
  const tieTypes = SEED_TIE_TYPES.map((seed, i): TieType => ({
    id: randomUUID() as TieTypeId,
    name: seed.name,
    colour: seed.colour,
    sortOrder: i,
  }));
  return {
    kinds,
    tieTypes,
    kindIdByKey: new Map(SEED_KINDS.map((seed, i) => [seed.key, kinds[i]!.id])),
    tieTypeIdByKey: new Map(SEED_TIE_TYPES.map((seed, i) => [seed.key, tieTypes[i]!.id])),
  };
}
