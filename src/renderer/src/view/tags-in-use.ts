// The tags written on the map's actors, once each (first spelling wins), alphabetical: the filter's tag choices.
// Read from the details store (the filter panel asks for every actor's details when it opens).
import type { Actor, ActorId } from '../../../shared/domain';
import { fold } from '../../../shared/text-fold';

let cachedFor: ReadonlyMap<ActorId, Actor> | null = null;
let cached: string[] = [];

export function tagsInUse(actors: ReadonlyMap<ActorId, Actor>): string[] {
  if (actors === cachedFor) return cached;
  const byFolded = new Map<string, string>();
  for (const actor of actors.values())
    for (const tag of actor.tags) if (!byFolded.has(fold(tag))) byFolded.set(fold(tag), tag);
  cached = [...byFolded.values()].sort((a, b) => a.localeCompare(b));
  cachedFor = actors;
  return cached;
}
