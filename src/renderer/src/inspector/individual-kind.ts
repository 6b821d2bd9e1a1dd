// Which actors are asked for consent to appear on the map: individuals, not groups or services.
import type { Actor, Kind } from '../../../shared/domain';
import { SEED_KINDS } from '../../../shared/seed-kinds';

const SEED_INDIVIDUAL = SEED_KINDS.find((k) => k.key === 'individual')?.name.toLocaleLowerCase() ?? 'individual active citizen';

/**
 * Kinds are the facilitator's own list with fresh ids per map, so there is no fixed id for "individual". The seed's
 * kind is matched by its name, and so is any kind a facilitator named with "individual" in it ("Individual carer").
 * An actor whose consent is already recorded keeps showing it whatever its kind becomes (e.g. after a kind is renamed
 * to "Neighbour"), so a recorded answer is never hidden.
 */
export function asksForConsent(actor: Actor, kind: Kind | undefined): boolean {
  if (actor.consent !== null || actor.consentDate !== null) return true;
  const name = kind?.name.toLocaleLowerCase() ?? '';
  return name === SEED_INDIVIDUAL || name.includes('individual');
}
