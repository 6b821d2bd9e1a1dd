// Which actors are asked for consent to appear on the map: people, not groups or services.
import type { Actor, Kind } from '../../../shared/domain';
import { isPeopleKind } from '../../../shared/anonymise';

/**
 * People are actors of a kind the facilitator marked "these actors are people" (Kinds & lists). An actor whose
 * consent is already recorded keeps showing it whatever its kind becomes, so a recorded answer is never hidden.
 */
export function asksForConsent(actor: Actor, kind: Kind | undefined): boolean {
  if (actor.consent !== null || actor.consentDate !== null) return true;
  return isPeopleKind(kind);
}
