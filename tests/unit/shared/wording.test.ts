// The shared wording helpers: counts with their noun, names in quotes cut to a readable length.
import { describe, expect, it } from 'vitest';
import { plural, quoted } from '../../../src/shared/wording';

describe('wording', () => {
  it('puts a count with its noun, one or many', () => {
    expect(plural(1, 'actor')).toBe('1 actor');
    expect(plural(0, 'actor')).toBe('0 actors');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('quotes a name, cutting a long one at 40 characters', () => {
    expect(quoted('Ada')).toBe('“Ada”');
    const long = 'x'.repeat(41);
    expect(quoted(long)).toBe(`“${'x'.repeat(39)}…”`);
    expect(quoted('y'.repeat(40))).toBe(`“${'y'.repeat(40)}”`);
  });
});
