// neighbourhood: the focused actor and those one or two ties away, in either direction.
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../../src/shared/domain';
import { neighbourhood, tiesAmong } from '../../../src/shared/neighbourhood';
import { tie } from './sample-map';

// a → b → c → d, e → a (pointing in), f alone, and a second tie between b and c.
const ties = [
  tie('ab', 'a', 'b', { direction: 'one-way' }),
  tie('bc', 'b', 'c'),
  tie('bc2', 'c', 'b'),
  tie('cd', 'c', 'd'),
  tie('ea', 'e', 'a', { direction: 'one-way' }),
];
const sorted = (set: Set<ActorId>) => [...set].sort();

describe('neighbourhood', () => {
  it('reaches one step out, whichever way the ties point', () => {
    expect(sorted(neighbourhood({ ties }, 'a' as ActorId, 1))).toEqual(['a', 'b', 'e']);
    expect(sorted(neighbourhood({ ties }, 'c' as ActorId, 1))).toEqual(['b', 'c', 'd']);
  });

  it('reaches two steps out', () => {
    expect(sorted(neighbourhood({ ties }, 'a' as ActorId, 2))).toEqual(['a', 'b', 'c', 'e']);
    expect(sorted(neighbourhood({ ties }, 'e' as ActorId, 2))).toEqual(['a', 'b', 'e']);
  });

  it('gives just the actor when it has no ties (or is not in the map)', () => {
    expect(sorted(neighbourhood({ ties }, 'f' as ActorId, 2))).toEqual(['f']);
  });

  it('lists the ties among the neighbourhood', () => {
    const near = neighbourhood({ ties }, 'b' as ActorId, 1);
    expect([...tiesAmong(ties, near)].sort()).toEqual(['ab', 'bc', 'bc2']);
  });
});
