// Finds the records a request names, or refuses with a sentence a community worker can act on.
import type {
  Actor,
  ActorId,
  Kind,
  KindId,
  Taxonomy,
  TaxonomyList,
  Tie,
  TieId,
  TieType,
  TieTypeId,
} from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { MapStore } from '../store';

/** The same id twice in one request means it once. */
export function unique<T>(ids: readonly T[]): T[] {
  return [...new Set(ids)];
}

/** The actors with these ids, in the order asked; every one must exist. */
export function requireActors(store: MapStore, ids: readonly ActorId[]): Actor[] {
  const wanted = unique(ids);
  const found = new Map(store.actorsByIds(wanted).map((a) => [a.id, a]));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length === 1 && wanted.length === 1) {
    throw new CaremapError('not-found', 'That actor is no longer in the map.', { field: 'id' });
  }
  if (missing.length > 0) {
    throw new CaremapError(
      'not-found',
      `${missing.length} of the chosen actors ${missing.length === 1 ? 'is' : 'are'} no longer in the map.`,
      { field: 'id' },
    );
  }
  return wanted.map((id) => found.get(id)!);
}

export function requireActor(store: MapStore, id: ActorId): Actor {
  return requireActors(store, [id])[0]!;
}

export function requireTies(store: MapStore, ids: readonly TieId[]): Tie[] {
  const wanted = unique(ids);
  const found = store.tiesByIds(wanted);
  if (found.length !== wanted.length) {
    const message =
      wanted.length === 1 ? 'That tie is no longer in the map.' : 'Some of the chosen ties are no longer in the map.';
    throw new CaremapError('not-found', message, { field: 'tieIds' });
  }
  return found;
}

export function requireKind(store: MapStore, id: KindId): Kind {
  const kind = store.kind(id);
  if (!kind) throw new CaremapError('not-found', 'That kind of actor is not in this map.', { field: 'kindId' });
  return kind;
}

export function requireTieType(store: MapStore, id: TieTypeId): TieType {
  const tieType = store.tieType(id);
  if (!tieType) throw new CaremapError('not-found', 'That type of tie is not in this map.', { field: 'tieTypeId' });
  return tieType;
}

/** How each list's entries are named in "That … is not in this map." */
const ENTRY_WORDS: Record<TaxonomyList, string> = {
  kinds: 'kind of actor',
  tieTypes: 'type of tie',
  tieStatuses: 'tie status',
  careOffers: 'care offer',
  customFields: 'field',
};

/** An entry of any taxonomy list, or 'not-found' naming what kind of entry is missing. */
export function requireEntry<K extends TaxonomyList>(
  store: MapStore,
  list: K,
  id: Taxonomy[K][number]['id'],
  field = 'id',
): Taxonomy[K][number] {
  const entry = store.find(list, id);
  if (!entry) throw new CaremapError('not-found', `That ${ENTRY_WORDS[list]} is not in this map.`, { field });
  return entry;
}
