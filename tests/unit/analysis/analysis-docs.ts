// Builds small map documents for the analysis tests: kinds by seed name, actors by kind, undirected ties by pair.
import type { ActorId, Kind, KindId, MapDocument, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { SEED_KINDS } from '../../../src/shared/seed-kinds';

export const kindId = (key: string) => `kind-${key}` as KindId;

const SEED_NAMES = Object.fromEntries(SEED_KINDS.map((k) => [k.key, k.name]));

/** `actors` maps an actor id to its seed kind key; `ties` are [from, to] pairs, directed when `oneWay`. */
export function mapDoc(
  actors: Record<string, string>,
  ties: [string, string][],
  options: { oneWay?: boolean; kinds?: string[] } = {},
): MapDocument {
  const keys = options.kinds ?? [...new Set(Object.values(actors))];
  const kinds: Kind[] = keys.map((key, i) => ({
    id: kindId(key),
    name: SEED_NAMES[key] ?? key,
    colour: '#000000',
    shape: 'circle',
    sortOrder: i,
    people: key === 'individual',
  }));
  return {
    info: { path: '/tmp/test.caremap', name: 'Test map', createdAt: '2026-01-01T00:00:00Z', schemaVersion: 2 },
    kinds,
    tieTypes: [],
    tieStatuses: [],
    careOffers: [],
    customFields: [],
    actors: Object.entries(actors).map(([id, key]) => ({
      id: id as ActorId,
      name: `Actor ${id}`,
      kindId: kindId(key),
      x: 0,
      y: 0,
      ...blankActorDetails(),
    })),
    ties: ties.map(([from, to], i) => ({
      id: `t${i}` as TieId,
      fromId: from as ActorId,
      toId: to as ActorId,
      tieTypeId: null,
      direction: options.oneWay ? 'one-way' : 'mutual',
      ...blankTieDetails(),
    })),
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}

/** Every actor of one kind. */
export function plainDoc(ids: string[], ties: [string, string][], options: { oneWay?: boolean } = {}): MapDocument {
  return mapDoc(Object.fromEntries(ids.map((id) => [id, 'individual'])), ties, options);
}
