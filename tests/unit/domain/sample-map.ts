// Builds in-memory map documents for the pure domain functions: a small hand-made one, and a large generated one.
import type {
  Actor,
  ActorId,
  CareOfferId,
  CustomField,
  CustomFieldId,
  KindId,
  Tie,
  TieId,
  TieStatusId,
  TieTypeId,
} from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';

export const kind = (name: string) => `kind-${name}` as KindId;
export const offer = (name: string) => `offer-${name}` as CareOfferId;
export const tieType = (name: string) => `type-${name}` as TieTypeId;
export const status = (name: string) => `status-${name}` as TieStatusId;
export const fieldId = (name: string) => `field-${name}` as CustomFieldId;

export function actor(id: string, name: string, details: Partial<Actor> = {}): Actor {
  return { id: id as ActorId, name, kindId: kind('individual'), x: 0, y: 0, ...blankActorDetails(), ...details };
}

export function tie(id: string, from: string, to: string, details: Partial<Tie> = {}): Tie {
  return {
    id: id as TieId,
    fromId: from as ActorId,
    toId: to as ActorId,
    tieTypeId: null,
    direction: 'mutual',
    ...blankTieDetails(),
    ...details,
  };
}

export const FIELDS: CustomField[] = [
  { id: fieldId('budget'), name: 'Budget', type: 'number', options: [], sortOrder: 0, safe: false, appliesTo: 'actor' },
  {
    id: fieldId('meets'),
    name: 'Meets',
    type: 'choice',
    options: ['Weekly', 'Monthly'],
    sortOrder: 1,
    safe: false,
    appliesTo: 'actor',
  },
  { id: fieldId('founded'), name: 'Founded', type: 'date', options: [], sortOrder: 2, safe: false, appliesTo: 'actor' },
  {
    id: fieldId('kitchen'),
    name: 'Has a kitchen',
    type: 'boolean',
    options: [],
    sortOrder: 3,
    safe: false,
    appliesTo: 'actor',
  },
];

/** A seeded generator so every run builds the same large map. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = [
  'Ada',
  'Tomasz',
  'Priya',
  'Delroy',
  'Mei Lin',
  'Fatima',
  'Joe',
  'Grace',
  'Samir',
  'Hannah',
  'Zoë',
  'Łucja',
];
const PLACES = ['Maple Street', 'Millbrook', 'Clapton', 'Riverside', 'Old Library', 'Canal Side'];
const TAGS = [
  'youth',
  'older people',
  'food',
  'housing',
  'mental health',
  'lunch club',
  'sport',
  'faith',
  'arts',
  'digital',
];

/** `actorCount` actors with names, tags, offers and values, and three ties per actor, as a document's lists. */
export function largeMap(actorCount: number): { actors: Actor[]; ties: Tie[] } {
  const random = seeded(actorCount);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const actors = Array.from({ length: actorCount }, (_, i) =>
    actor(`a${i}`, `${pick(FIRST)} ${pick(PLACES)} ${i}`, {
      kindId: kind(pick(['individual', 'grassroots', 'charity', 'hub', 'statutory'])),
      tags: [pick(TAGS), pick(TAGS)],
      careOfferIds: [offer(pick(['meals', 'advice', 'transport', 'befriending']))],
      notes: random() < 0.2 ? `Met at the ${pick(PLACES)} workshop` : '',
      customValues: random() < 0.5 ? { [fieldId('budget')]: Math.round(random() * 10_000) } : {},
      role: random() < 0.3 ? 'participant' : null,
    }),
  );
  const ties: Tie[] = [];
  for (let i = 0; i < actorCount; i++) {
    for (let k = 1; k <= 3; k++) {
      const j = (i + k * (1 + Math.floor(random() * 50))) % actorCount;
      if (j !== i)
        ties.push(
          tie(`t${ties.length}`, `a${i}`, `a${j}`, { tieTypeId: tieType(pick(['referral', 'funding', 'peer'])) }),
        );
    }
  }
  return { actors, ties };
}
