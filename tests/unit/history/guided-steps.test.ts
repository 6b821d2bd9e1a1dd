// The guided session's steps: built from the map's kinds and tie types in order, with prompts in a workshop's
// words, the facilitator's own words taking their place.
import { describe, expect, it } from 'vitest';
import type { Kind, TieType } from '../../../src/shared/domain';
import { buildSteps, defaultPrompt, hasEditablePrompt, promptFor, stepKind } from '../../../src/shared/guided/steps';
import { kind, tieType } from '../domain/sample-map';

const KINDS: Kind[] = [
  {
    id: kind('individual'),
    name: 'Individual active citizen',
    colour: '#111111',
    shape: 'circle',
    sortOrder: 0,
    people: true,
  },
  {
    id: kind('statutory'),
    name: 'Statutory service',
    colour: '#333333',
    shape: 'hexagon',
    sortOrder: 1,
    people: false,
  },
];
const TIE_TYPES: TieType[] = [
  { id: tieType('referral'), name: 'Referral', colour: '#444444', sortOrder: 0 },
  { id: tieType('space'), name: 'Shared space', colour: '#555555', sortOrder: 1 },
  { id: tieType('choir'), name: 'Sings with', colour: '#666666', sortOrder: 2 },
];

describe('guided session steps', () => {
  it('runs name, question, one step per kind, one per tie type, offers, influence, done', () => {
    const steps = buildSteps(KINDS, TIE_TYPES);
    expect(steps.map((s) => s.key)).toEqual([
      'name',
      'question',
      'actors:kind-individual',
      'actors:kind-statutory',
      'ties:type-referral',
      'ties:type-space',
      'ties:type-choir',
      'offers',
      'influence',
      'done',
    ]);
    expect(steps.map(stepKind)).toContain('influence');
  });

  it('asks about each kind and tie type in a workshop’s words', () => {
    const [, , citizens, , referral, space, choir] = buildSteps(KINDS, TIE_TYPES);
    expect(defaultPrompt(citizens!, KINDS, TIE_TYPES)).toBe(
      'Who is in the network? Name each individual active citizen.',
    );
    expect(defaultPrompt(referral!, KINDS, TIE_TYPES)).toBe('Who refers people to whom?');
    expect(defaultPrompt(space!, KINDS, TIE_TYPES)).toBe('Who shares space with whom?');
    expect(defaultPrompt(choir!, KINDS, TIE_TYPES)).toBe('Who is tied to whom by “Sings with”?');
  });

  it('uses the facilitator’s own prompt for a step when the map has one', () => {
    const steps = buildSteps(KINDS, TIE_TYPES);
    const question = steps[1]!;
    expect(promptFor(question, { question: 'Who helps older people in Millbrook?' }, KINDS, TIE_TYPES)).toBe(
      'Who helps older people in Millbrook?',
    );
    expect(promptFor(steps[4]!, { question: 'x' }, KINDS, TIE_TYPES)).toBe('Who refers people to whom?');
    expect(hasEditablePrompt(steps[0]!)).toBe(false);
    expect(hasEditablePrompt(question)).toBe(true);
  });
});
