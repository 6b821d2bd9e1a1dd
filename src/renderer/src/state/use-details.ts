// Hooks for panels that show records' other fields: they read the details store and ask main for what is missing.
import { useEffect } from 'react';
import type { Actor, ActorId, Tie, TieId } from '../../../shared/domain';
import { requestAllActors, requestAllTies, requestDetails, useDetailsStore } from './details-store';

/** The actor whole, or undefined while its details are on their way (show "Loading…", never empty fields). */
export function useActorDetails(id: ActorId | null | undefined): Actor | undefined {
  const actor = useDetailsStore((s) => (id ? s.actors.get(id) : undefined));
  useEffect(() => {
    if (id && !actor) void requestDetails([id]);
  }, [id, actor]);
  return actor;
}

export function useTieDetails(id: TieId | null | undefined): Tie | undefined {
  const tie = useDetailsStore((s) => (id ? s.ties.get(id) : undefined));
  useEffect(() => {
    if (id && !tie) void requestDetails([], [id]);
  }, [id, tie]);
  return tie;
}

/** The details of several actors and ties (the many-selection inspectors); true once every one is here. */
export function useManyDetails(actorIds: readonly ActorId[], tieIds: readonly TieId[] = []): boolean {
  const ready = useDetailsStore(
    (s) => actorIds.every((id) => s.actors.has(id)) && tieIds.every((id) => s.ties.has(id)),
  );
  useEffect(() => {
    if (!ready) void requestDetails(actorIds, tieIds);
  }, [ready, actorIds, tieIds]);
  return ready;
}

/**
 * Every actor's (or every tie's, or both) details, while `needed` (the table open, the search box, the report): true
 * once they are here. Change sets keep them whole afterwards.
 */
export function useAllDetails(needed: boolean, what: 'actors' | 'ties' | 'both' = 'actors'): boolean {
  const actors = what !== 'ties';
  const ties = what !== 'actors';
  const ready = useDetailsStore((s) => (!actors || s.allActors) && (!ties || s.allTies));
  useEffect(() => {
    if (!needed || ready) return;
    if (actors) void requestAllActors();
    if (ties) void requestAllTies();
  }, [needed, ready, actors, ties]);
  return ready;
}

/** The last fetch's failure, to say beside "Loading…" why it is taking so long. */
export function useDetailsFailure(): string | null {
  return useDetailsStore((s) => s.failed);
}
