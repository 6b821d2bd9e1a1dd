// The guided mapping session's steps, after the Net-Map method: the session's name, the question the map answers,
// who is in the network (one kind at a time), one tie type at a time, then what each actor offers and how much
// influence each has. Pure: built from the map's kinds and tie types, with each step's default prompt.
import type { Kind, KindId, TieType, TieTypeId } from '../domain';

export type GuideStep =
  | { key: 'name' }
  | { key: 'question' }
  | { key: `actors:${string}`; kindId: KindId }
  | { key: `ties:${string}`; tieTypeId: TieTypeId }
  | { key: 'offers' }
  | { key: 'influence' }
  | { key: 'done' };

export type StepKind = 'name' | 'question' | 'actors' | 'ties' | 'offers' | 'influence' | 'done';

export function stepKind(step: GuideStep): StepKind {
  return step.key.split(':')[0] as StepKind;
}

/** The number field the influence step writes, created when that step starts if the map has none. */
export const INFLUENCE_FIELD = 'Influence';
export const INFLUENCE_MAX = 5;

export function buildSteps(kinds: readonly Kind[], tieTypes: readonly TieType[]): GuideStep[] {
  return [
    { key: 'name' },
    { key: 'question' },
    ...kinds.map((k): GuideStep => ({ key: `actors:${k.id}`, kindId: k.id })),
    ...tieTypes.map((t): GuideStep => ({ key: `ties:${t.id}`, tieTypeId: t.id })),
    { key: 'offers' },
    { key: 'influence' },
    { key: 'done' },
  ];
}

/** Questions for the seed's tie types in the words of a workshop; other types get a question built from their name. */
const TIE_QUESTIONS: Record<string, string> = {
  referral: 'Who refers people to whom?',
  collaboration: 'Who works together with whom?',
  'peer support': 'Who gives peer support to whom?',
  'shared space': 'Who shares space with whom?',
  funding: 'Who funds whom?',
  'information sharing': 'Who shares information with whom?',
  volunteering: 'Who volunteers with whom?',
  'supply/donations': 'Who gives supplies or donations to whom?',
};

export const DEFAULT_QUESTION = 'Who cares for whom around here, and who do they turn to?';

export function defaultPrompt(step: GuideStep, kinds: readonly Kind[], tieTypes: readonly TieType[]): string {
  switch (stepKind(step)) {
    case 'name':
      return 'What shall we call this session?';
    case 'question':
      return DEFAULT_QUESTION;
    case 'actors': {
      const kind = 'kindId' in step ? kinds.find((k) => k.id === step.kindId) : undefined;
      return `Who is in the network? Name each ${kind ? kind.name.toLowerCase() : 'actor'}.`;
    }
    case 'ties': {
      const type = 'tieTypeId' in step ? tieTypes.find((t) => t.id === step.tieTypeId) : undefined;
      const name = type?.name ?? 'tie';
      return TIE_QUESTIONS[name.toLowerCase()] ?? `Who is tied to whom by “${name}”?`;
    }
    case 'offers':
      return 'What does each one offer?';
    case 'influence':
      return `How much influence does each one have? (0 = none, ${INFLUENCE_MAX} = a lot)`;
    case 'done':
      return 'That is the map for today.';
  }
}

/** The prompt shown: the facilitator's own words for this map if they wrote some, else the default. */
export function promptFor(
  step: GuideStep,
  prompts: Readonly<Record<string, string>>,
  kinds: readonly Kind[],
  tieTypes: readonly TieType[],
): string {
  return prompts[step.key] || defaultPrompt(step, kinds, tieTypes);
}

/** Steps whose prompt the facilitator may rewrite (the session's name and the end are Caremap's own). */
export function hasEditablePrompt(step: GuideStep): boolean {
  const kind = stepKind(step);
  return kind !== 'name' && kind !== 'done';
}

/** "Workshop — 27 November 2026": the default session name, which becomes the provenance of what it adds. */
export function defaultSessionName(day: string): string {
  return `Workshop — ${day}`;
}
