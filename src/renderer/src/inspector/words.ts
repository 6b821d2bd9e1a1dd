// The words people see for the domain's fixed choices (care modes, roles, consent, provenance, tie details).
// Kept apart from the components so the table view and filters can say the same thing the same way.
import type {
  ActorRole,
  CareMode,
  Certainty,
  Consent,
  ProvenanceSource,
  TieDirection,
  TieStrength,
} from '../../../shared/domain';

export const CARE_MODE_WORDS: Record<CareMode, string> = {
  'taking-care-of': 'Taking care of',
  'caring-for': 'Caring for',
  'caring-about': 'Caring about',
};

export const ROLE_WORDS: Record<ActorRole, string> = {
  participant: 'Participant',
  collaborator: 'Collaborator',
  'community-member': 'Community member',
};

export const CONSENT_WORDS: Record<Consent, string> = {
  given: 'Given',
  'not-asked': 'Not asked yet',
  withdrawn: 'Withdrawn',
};

export const SOURCE_WORDS: Record<ProvenanceSource, string> = {
  hand: 'Added by hand',
  workshop: 'Recorded in a workshop',
  import: 'Imported from a file',
};

export const CERTAINTY_WORDS: Record<Certainty, string> = {
  confirmed: 'Confirmed – seen or agreed',
  reported: 'Reported – someone told us',
  assumed: 'Assumed – our best guess',
};

export const DIRECTION_WORDS: Record<TieDirection, string> = {
  'one-way': 'One way',
  mutual: 'Both ways (mutual)',
  none: 'No direction',
};

export const STRENGTH_WORDS: Record<TieStrength, string> = {
  weak: 'Weak',
  medium: 'Medium',
  strong: 'Strong',
};

/** Choices for a SelectField from one of the tables above, in the domain's order. */
export function choicesOf<K extends string>(
  order: readonly K[],
  words: Record<K, string>,
): { value: K; label: string }[] {
  return order.map((value) => ({ value, label: words[value] }));
}
