// SQL for the slim records a window draws from on opening a map: only the canvas's columns, no link tables, so
// opening a big map neither reads nor sends what no panel has asked for yet (see shared/canvas-records.ts).
import type { CanvasActor, CanvasTie } from '../../shared/canvas-records';
import type { ActorId, KindId, TieId, TieStatusId, TieTypeId } from '../../shared/domain';
import { TIE_DIRECTIONS, TIE_STRENGTHS } from '../../shared/domain';
import type { DbActor, DbTie } from './row-types';
import { oneOf } from './row-values';
import type { Connection } from './sql-connection';

type CanvasActorRow = Pick<DbActor, 'id' | 'name' | 'kind_id' | 'x' | 'y' | 'pinned'>;
type CanvasTieRow = Pick<
  DbTie,
  'id' | 'from_actor_id' | 'to_actor_id' | 'tie_type_id' | 'direction' | 'strength' | 'status_id'
>;

export function listCanvasActors(conn: Connection): CanvasActor[] {
  return conn.all<CanvasActorRow>('SELECT id, name, kind_id, x, y, pinned FROM actors ORDER BY rowid').map((row) => ({
    id: row.id as ActorId,
    name: row.name,
    kindId: row.kind_id as KindId,
    x: row.x,
    y: row.y,
    pinned: row.pinned === 1,
  }));
}

export function listCanvasTies(conn: Connection): CanvasTie[] {
  return conn
    .all<CanvasTieRow>(
      'SELECT id, from_actor_id, to_actor_id, tie_type_id, direction, strength, status_id FROM ties ORDER BY rowid',
    )
    .map((row) => ({
      id: row.id as TieId,
      fromId: row.from_actor_id as ActorId,
      toId: row.to_actor_id as ActorId,
      tieTypeId: row.tie_type_id as TieTypeId | null,
      direction: oneOf(TIE_DIRECTIONS, row.direction, 'none'),
      strength: oneOf(TIE_STRENGTHS, row.strength, 'medium'),
      statusId: row.status_id as TieStatusId | null,
    }));
}
