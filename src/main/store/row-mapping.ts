// Converts between database rows and domain records, so snake_case and 0/1 stop at the store's edge.
import type { Actor, ActorId, Kind, KindId, KindShape, Tie, TieDirection, TieId, TieType, TieTypeId } from '../../shared/domain';
import { KIND_SHAPES, TIE_DIRECTIONS } from '../../shared/domain';
import type { DbActor, DbKind, DbTie, DbTieType } from './row-types';

// Unknown values can only come from a damaged or hand-edited file; fall back rather than crash the canvas.
function asShape(value: string): KindShape {
  return (KIND_SHAPES as readonly string[]).includes(value) ? (value as KindShape) : 'rounded';
}

function asDirection(value: string): TieDirection {
  return (TIE_DIRECTIONS as readonly string[]).includes(value) ? (value as TieDirection) : 'none';
}

export function kindFromRow(row: DbKind): Kind {
  return { id: row.id as KindId, name: row.name, colour: row.colour, shape: asShape(row.shape), sortOrder: row.sort_order };
}

export function kindToRow(kind: Kind): DbKind {
  return { id: kind.id, name: kind.name, colour: kind.colour, shape: kind.shape, sort_order: kind.sortOrder };
}

export function tieTypeFromRow(row: DbTieType): TieType {
  return { id: row.id as TieTypeId, name: row.name, colour: row.colour, sortOrder: row.sort_order };
}

export function tieTypeToRow(tieType: TieType): DbTieType {
  return { id: tieType.id, name: tieType.name, colour: tieType.colour, sort_order: tieType.sortOrder };
}

export function actorFromRow(row: DbActor): Actor {
  return { id: row.id as ActorId, name: row.name, kindId: row.kind_id as KindId, x: row.x, y: row.y };
}

export function actorToRow(actor: Actor): DbActor {
  return { id: actor.id, name: actor.name, kind_id: actor.kindId, x: actor.x, y: actor.y };
}

export function tieFromRow(row: DbTie): Tie {
  return {
    id: row.id as TieId,
    fromId: row.from_actor_id as ActorId,
    toId: row.to_actor_id as ActorId,
    tieTypeId: row.tie_type_id as TieTypeId | null,
    direction: asDirection(row.direction),
  };
}

export function tieToRow(tie: Tie): DbTie {
  return {
    id: tie.id,
    from_actor_id: tie.fromId,
    to_actor_id: tie.toId,
    tie_type_id: tie.tieTypeId,
    direction: tie.direction,
  };
}
