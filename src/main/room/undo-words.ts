// What a participant's "take back my last addition" took back, in words safe for their device: built from the step's
// records through the room's projection (initials where the device sees initials), never from the history label,
// which is written for the facilitator and names both ends of a tie in full.
import type { Actor, ActorId } from '../../shared/domain';
import type { Patch } from '../store/patch-types';
import type { RoomProjection } from './room-projection';

function quoted(name: string): string {
  return `“${name}”`;
}

function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const had = new Set(before.map((r) => r.id));
  return after.filter((r) => !had.has(r.id));
}

/**
 * "“Ada”", "the tie from “A. O.” to “Food bank”", "what you added to “Food bank”", "“Meals” on the list of offers".
 * `lookup` finds tie ends that were not part of the step (they are still on the map while the words are made).
 */
export function takenBackWords(patch: Patch, view: RoomProjection, lookup: (ids: ActorId[]) => Actor[]): string {
  const actors = added(patch.before.actors, patch.after.actors);
  if (actors.length > 0) return actors.map((a) => quoted(view.actor(a).name)).join(', ');
  const ties = added(patch.before.ties, patch.after.ties);
  if (ties.length > 0) {
    const nameOf = (id: ActorId) => {
      const actor = patch.after.actors.find((a) => a.id === id) ?? lookup([id])[0];
      return actor ? quoted(view.actor(actor).name) : 'an actor';
    };
    return ties.map((t) => `the tie from ${nameOf(t.fromId)} to ${nameOf(t.toId)}`).join(', ');
  }
  const offers = added(patch.before.careOffers, patch.after.careOffers);
  if (offers.length > 0) return offers.map((o) => `${quoted(o.name)} on the list of offers`).join(', ');
  const edited = patch.after.actors;
  if (edited.length > 0) return `what you added to ${edited.map((a) => quoted(view.actor(a).name)).join(', ')}`;
  return 'your last addition';
}
