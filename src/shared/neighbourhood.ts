// An actor's neighbourhood for the Focus view: the actors one or two ties away, whichever way the ties point.
import type { ActorId, Tie, TieId } from './domain';

/** Only a tie's ends are read, so the canvas's slim ties will do. */
type TieEnds = Pick<Tie, 'id' | 'fromId' | 'toId'>;

export type NeighbourhoodSteps = 1 | 2;

/** The actor itself and every actor within `steps` ties of it. An id not in the map gives just that id. */
export function neighbourhood(
  map: { ties: Iterable<TieEnds> },
  actorId: ActorId,
  steps: NeighbourhoodSteps,
): Set<ActorId> {
  const neighbours = new Map<ActorId, ActorId[]>();
  const link = (a: ActorId, b: ActorId) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const tie of map.ties) {
    link(tie.fromId, tie.toId);
    link(tie.toId, tie.fromId);
  }
  const reached = new Set<ActorId>([actorId]);
  let frontier: ActorId[] = [actorId];
  for (let step = 0; step < steps; step++) {
    const next: ActorId[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/** The ties with both ends among `actorIds`: what Focus leaves undimmed along with the actors. */
export function tiesAmong(ties: Iterable<TieEnds>, actorIds: ReadonlySet<ActorId>): Set<TieId> {
  const result = new Set<TieId>();
  for (const tie of ties) if (actorIds.has(tie.fromId) && actorIds.has(tie.toId)) result.add(tie.id);
  return result;
}
