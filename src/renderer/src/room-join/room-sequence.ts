// A joined device's copy of the map follows the room's change stream: each change applied once, in seq order; a gap
// (or a change of kinds, tie types or offers) means the copy is fetched again rather than guessed at.
import type { RoomActor, RoomChangedEvent, RoomMap, RoomTie } from '../../../shared/room';

export type RoomApply =
  /** The change was the next one: here is the map with it. */
  | { kind: 'applied'; map: RoomMap }
  /** Already part of the copy (an echo, or a repeat after reconnecting): nothing to do. */
  | { kind: 'already' }
  /** A change was missed, or the lists changed: fetch room.map again. */
  | { kind: 'refetch' };

function putAll<T extends { id: string }>(list: T[], puts: T[], deleted: string[]): T[] {
  if (puts.length === 0 && deleted.length === 0) return list;
  const gone = new Set(deleted);
  const byId = new Map(puts.map((record) => [record.id, record]));
  const kept = list.filter((record) => !gone.has(record.id)).map((record) => byId.get(record.id) ?? record);
  const known = new Set(list.map((record) => record.id));
  return [...kept, ...puts.filter((record) => !known.has(record.id) && !gone.has(record.id))];
}

export function applyRoomChange(map: RoomMap, event: RoomChangedEvent): RoomApply {
  if (event.seq <= map.seq) return { kind: 'already' };
  if (event.seq !== map.seq + 1 || event.reload) return { kind: 'refetch' };
  // A deleted actor takes its ties with it, even if the event only names the actor.
  const goneActors = new Set(event.actorsDeleted);
  const ties = putAll(map.ties, event.tiesPut, event.tiesDeleted).filter(
    (tie) => !goneActors.has(tie.fromId) && !goneActors.has(tie.toId),
  );
  return {
    kind: 'applied',
    map: { ...map, seq: event.seq, actors: putAll(map.actors, event.actorsPut, event.actorsDeleted), ties },
  };
}

/**
 * What this device added is shown at once from the server's answer, without moving seq: the stream's own event for it
 * arrives later and puts the same record again, and no earlier change is skipped meanwhile.
 */
export function showOwnActor(map: RoomMap, actor: RoomActor): RoomMap {
  return { ...map, actors: putAll(map.actors, [actor], []) };
}

export function showOwnTie(map: RoomMap, tie: RoomTie): RoomMap {
  return { ...map, ties: putAll(map.ties, [tie], []) };
}
