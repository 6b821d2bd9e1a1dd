// Turns the demo data into records and writes a ready-to-open demo .caremap (with no undo history).
import { randomUUID } from 'node:crypto';
import type { Actor, ActorId, CareOfferId, KindId, Tie, TieId, TieStatusId, TieTypeId } from '../../shared/domain';
import { forceLayout } from '../../shared/layout';
import { blankActorDetails, blankTieDetails } from '../../shared/record-defaults';
import { seedTaxonomy, taxonomyOf, writeNewMapFile, type MapStoreOptions, type NewMapContent } from '../store';
import { COLUMN_WIDTH, DEMO_ACTORS, ROW_HEIGHT } from './demo-actors';
import { DEMO_ACTOR_DETAILS, DEMO_TIE_STATUSES } from './demo-details';
import { DEMO_TIES } from './demo-ties';

export const DEMO_MAP_NAME = 'Demo care network';
export const DEMO_MAP_FILE_NAME = `${DEMO_MAP_NAME}.caremap`;

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  // Only a typo in the demo data can get here; fail loudly in tests rather than write a broken demo.
  if (value === undefined) throw new Error(`Demo data names an unknown ${what}: ${String(key)}`);
  return value;
}

function statusOf(from: string, to: string, ids: ReadonlyMap<string, TieStatusId>): TieStatusId | null {
  const key = DEMO_TIE_STATUSES[`${from}|${to}`];
  return key === undefined ? null : lookup(ids, key, 'tie status');
}

/**
 * Lays the demo out as Arrange automatically would, from its kind columns: the same result every time (the layout
 * has no randomness), so the demo is a clustered network on first start and its picture in the README can be retaken.
 */
function placeByForceLayout(actors: Actor[], ties: readonly Tie[]): void {
  const placements = forceLayout(
    actors.map((a) => ({ id: a.id, x: a.x, y: a.y, kindId: a.kindId, pinned: false, name: a.name })),
    ties.map((t) => ({ fromId: t.fromId, toId: t.toId })),
  );
  const byId = new Map(placements.map((p) => [p.id, p]));
  for (const a of actors) {
    const p = byId.get(a.id);
    if (p) {
      a.x = p.x;
      a.y = p.y;
    }
  }
}

/** The demo map as records, with fresh ids each time, laid out by the force layout. */
export function demoMapContent(): NewMapContent {
  const taxonomy = seedTaxonomy();
  const actorIds = new Map<string, ActorId>(DEMO_ACTORS.map((a) => [a.key, randomUUID() as ActorId]));
  const actors: Actor[] = DEMO_ACTORS.map((a) => {
    const details = DEMO_ACTOR_DETAILS[a.key] ?? {};
    return {
      id: lookup(actorIds, a.key, 'actor'),
      name: a.name,
      kindId: lookup<string, KindId>(taxonomy.kindIdByKey, a.kind, 'kind'),
      x: Math.round(a.col * COLUMN_WIDTH),
      y: Math.round(a.row * ROW_HEIGHT),
      ...blankActorDetails(),
      tags: details.tags ?? [],
      careOfferIds: (details.offers ?? []).map((key) =>
        lookup<string, CareOfferId>(taxonomy.careOfferIdByKey, key, 'care offer'),
      ),
      careModes: details.careModes ?? [],
      role: details.role ?? null,
      consent: details.consent ?? null,
      address: details.address ?? '',
    };
  });
  const ties: Tie[] = DEMO_TIES.map(([from, to, type, direction]) => ({
    id: randomUUID() as TieId,
    fromId: lookup(actorIds, from, 'actor'),
    toId: lookup(actorIds, to, 'actor'),
    tieTypeId: lookup<string, TieTypeId>(taxonomy.tieTypeIdByKey, type, 'tie type'),
    direction,
    ...blankTieDetails(),
    statusId: statusOf(from, to, taxonomy.tieStatusIdByKey),
  }));
  placeByForceLayout(actors, ties);
  return { name: DEMO_MAP_NAME, ...taxonomyOf(taxonomy), actors, ties };
}

/** Writes the demo map to `path` (refusing 'file-exists'); it is written directly, not through commands, so it has no history. */
export function writeDemoMap(path: string, options: MapStoreOptions = {}): void {
  writeNewMapFile(path, demoMapContent(), options);
}
