// The contribution view's three forms, checked before asking the laptop, and the searchable actor list they share.
import { fold as foldText } from '../../../shared/text-fold';
import type { RoomActor, RoomMap } from '../../../shared/room';

export const ACTOR_NAME_MAX = 200;

export function checkActor(input: { name: string; kindId: string }, map: RoomMap): string | null {
  const name = input.name.trim();
  if (name === '') return 'Type a name for the person or organisation.';
  if (name.length > ACTOR_NAME_MAX) return `Use a shorter name (at most ${ACTOR_NAME_MAX} letters).`;
  if (!map.kinds.some((kind) => kind.id === input.kindId)) return 'Choose what kind of person or organisation this is.';
  return null;
}

export function checkTie(input: { fromId: string; toId: string }, map: RoomMap): string | null {
  const known = new Set(map.actors.map((actor) => actor.id));
  if (!known.has(input.fromId) || !known.has(input.toId)) return 'Choose both people or organisations from the list.';
  if (input.fromId === input.toId) return 'Choose two different people or organisations.';
  return null;
}

export function checkOffer(input: { actorId: string; offer: string }, map: RoomMap): string | null {
  if (!map.actors.some((actor) => actor.id === input.actorId)) return 'Choose who offers it from the list.';
  const offer = input.offer.trim();
  if (offer === '') return 'Choose what they offer, or type it.';
  if (offer.length > ACTOR_NAME_MAX) return `Use a shorter name for the offer (at most ${ACTOR_NAME_MAX} letters).`;
  return null;
}

/** Actors whose name contains every word typed, ignoring case and accents; the closest few first. */
export function searchActors(actors: RoomActor[], query: string, limit = 8): RoomActor[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = actors.filter((actor) => {
    const name = foldText(actor.name);
    return words.every((word) => name.includes(word));
  });
  const first = words[0];
  const starts = (actor: RoomActor) => (first !== undefined && foldText(actor.name).startsWith(first) ? 0 : 1);
  return matches.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, limit);
}
