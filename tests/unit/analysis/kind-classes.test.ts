// Kinds are per map and renamable: seed names classify exactly, other names by their words, anything else is voluntary.
import { describe, expect, it } from 'vitest';
import { kindClassOf, sideOf } from '../../../src/shared/analysis';
import { SEED_KINDS } from '../../../src/shared/seed-kinds';

describe('kindClassOf', () => {
  it('classifies the seed kinds by name', () => {
    expect(SEED_KINDS.map((k) => kindClassOf(k))).toEqual([
      'individual',
      'grassroots',
      'voluntary',
      'voluntary',
      'voluntary',
      'statutory',
    ]);
  });

  it('falls back to the words of a renamed or new kind', () => {
    expect(kindClassOf({ name: 'Local residents' })).toBe('individual');
    expect(kindClassOf({ name: 'Mutual aid network' })).toBe('grassroots');
    expect(kindClassOf({ name: 'NHS and council services' })).toBe('statutory');
    expect(kindClassOf({ name: 'Faith groups' })).toBe('voluntary');
  });

  it('puts individuals and grassroots groups on the informal side', () => {
    expect((['individual', 'grassroots', 'voluntary', 'statutory'] as const).map(sideOf)).toEqual([
      'informal',
      'informal',
      'formal',
      'formal',
    ]);
  });
});
