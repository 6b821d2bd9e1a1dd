// SQL for actors: list, look up, find by what they use (a kind, a care offer, a field), upsert with links, delete.
import type { Actor, ActorId, CareOfferId, CustomFieldId, CustomValues, KindId } from '../../shared/domain';
import { actorFromRow, actorToRow, type ActorLinks } from './row-mapping';
import type { DbActor, DbActorCareOffer, DbActorFieldValue } from './row-types';
import { scalar } from './row-values';
import { columnsOf, rowWriter } from './row-writer';
import type { Connection } from './sql-connection';

const ACTOR_COLUMNS = columnsOf<DbActor>()([
  'id',
  'name',
  'kind_id',
  'x',
  'y',
  'description',
  'care_modes_json',
  'role',
  'address',
  'tags_json',
  'website',
  'email',
  'phone',
  'contact_other',
  'consent',
  'consent_date',
  'notes',
  'pinned',
  'source',
  'source_label',
  'source_sheet',
  'source_row',
  'recorded_on',
  'certainty',
]);
const actorWriter = rowWriter<DbActor>('actors', ACTOR_COLUMNS, { versioned: true });

// json_each takes any number of ids in one bound parameter, so there is no host-parameter limit to hit.
const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/** Reads the link tables for the given actors (all actors when `ids` is null) and groups them by actor. */
function readLinks(conn: Connection, ids: readonly string[] | null): Map<string, ActorLinks> {
  const where = ids === null ? '' : `WHERE actor_id ${IN_IDS}`;
  const params = ids === null ? [] : [JSON.stringify(ids)];
  const links = new Map<string, ActorLinks>();
  const linksOf = (actorId: string): ActorLinks => {
    let entry = links.get(actorId);
    if (!entry) {
      entry = { careOfferIds: [], customValues: {} };
      links.set(actorId, entry);
    }
    return entry;
  };
  for (const row of conn.all<DbActorCareOffer>(
    `SELECT actor_id, care_offer_id FROM actor_care_offers ${where} ORDER BY actor_id, position`,
    ...params,
  )) {
    linksOf(row.actor_id).careOfferIds.push(row.care_offer_id as CareOfferId);
  }
  for (const row of conn.all<DbActorFieldValue>(
    `SELECT actor_id, field_id, value_json FROM actor_field_values ${where} ORDER BY actor_id, position`,
    ...params,
  )) {
    const value = scalar(row.value_json);
    if (value !== undefined) linksOf(row.actor_id).customValues[row.field_id] = value;
  }
  return links;
}

function withLinks(conn: Connection, rows: DbActor[], ids: readonly string[] | null): Actor[] {
  if (rows.length === 0) return [];
  const links = readLinks(conn, ids);
  return rows.map((row) => actorFromRow(row, links.get(row.id)));
}

export function listActors(conn: Connection): Actor[] {
  return withLinks(conn, conn.all<DbActor>('SELECT * FROM actors ORDER BY rowid'), null);
}

export function actorsByIds(conn: Connection, ids: readonly ActorId[]): Actor[] {
  if (ids.length === 0) return [];
  return withLinks(
    conn,
    conn.all<DbActor>(`SELECT * FROM actors WHERE id ${IN_IDS} ORDER BY rowid`, JSON.stringify(ids)),
    ids,
  );
}

function actorsWhereIds(conn: Connection, idQuery: string, param: string): Actor[] {
  const ids = conn.all<{ id: ActorId }>(idQuery, param).map((r) => r.id);
  return actorsByIds(conn, ids);
}

export function actorsOfKind(conn: Connection, kindId: KindId): Actor[] {
  return actorsWhereIds(conn, 'SELECT id FROM actors WHERE kind_id = ?', kindId);
}

export function actorsWithCareOffer(conn: Connection, careOfferId: CareOfferId): Actor[] {
  return actorsWhereIds(conn, 'SELECT actor_id AS id FROM actor_care_offers WHERE care_offer_id = ?', careOfferId);
}

export function actorsWithField(conn: Connection, fieldId: CustomFieldId): Actor[] {
  return actorsWhereIds(conn, 'SELECT actor_id AS id FROM actor_field_values WHERE field_id = ?', fieldId);
}

export function countActors(conn: Connection): number {
  return conn.get<{ n: number }>('SELECT count(*) AS n FROM actors')?.n ?? 0;
}

function writeLinks(
  conn: Connection,
  actorId: ActorId,
  careOfferIds: readonly CareOfferId[],
  values: CustomValues,
  /** Just inserted, so it has no links to clear (20,000 imported actors: 40,000 deletes saved). */
  isNew = false,
): void {
  if (!isNew) conn.run('DELETE FROM actor_care_offers WHERE actor_id = ?', actorId);
  careOfferIds.forEach((offerId, i) =>
    conn.run('INSERT INTO actor_care_offers (actor_id, care_offer_id, position) VALUES (?, ?, ?)', actorId, offerId, i),
  );
  if (!isNew) conn.run('DELETE FROM actor_field_values WHERE actor_id = ?', actorId);
  Object.entries(values).forEach(([fieldId, value], i) =>
    conn.run(
      'INSERT INTO actor_field_values (actor_id, field_id, value_json, position) VALUES (?, ?, ?, ?)',
      actorId,
      fieldId,
      JSON.stringify(value),
      i,
    ),
  );
}

/** Writes each actor whole: its row, then its care offers and custom values (replacing what it had). */
/** Returns the ids that went in by a plain INSERT (with `versionOf`'s version), null for a small batch. */
export function upsertActors(
  conn: Connection,
  actors: readonly Actor[],
  versionOf?: (id: string) => number,
): ReadonlySet<string> | null {
  const added = actorWriter.upsertMany(conn, actors.map(actorToRow), versionOf);
  for (const actor of actors)
    writeLinks(conn, actor.id, actor.careOfferIds, actor.customValues, added?.has(actor.id) ?? false);
  return added;
}

/** Their care offers and custom values go with them (ON DELETE CASCADE). */
export function deleteActors(conn: Connection, ids: readonly ActorId[]): void {
  if (ids.length === 0) return;
  conn.run(`DELETE FROM actors WHERE id ${IN_IDS}`, JSON.stringify(ids));
}
