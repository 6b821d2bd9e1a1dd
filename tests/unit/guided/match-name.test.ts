// Part of a name picks the actor a facilitator means, or says why it cannot (none, or which several it could be).
import { describe, expect, it } from 'vitest';
import { matchName } from '../../../src/shared/guided/match-name';

const actors = [
  { name: 'Precious Mensah' },
  { name: 'Ada Okafor' },
  { name: 'Adam Price' },
  { name: 'Łucja Nowak' },
  { name: 'Lunch Club' },
];
const pick = (typed: string) => {
  const m = matchName(actors, typed);
  return m.found ? m.found.name : m.problem === 'several' ? m.candidates.map((c) => c.name) : null;
};

describe('matchName', () => {
  it('takes the start of a name, or of any word in it, ignoring capitals and accents', () => {
    expect(pick('Prec')).toBe('Precious Mensah');
    expect(pick('mensah')).toBe('Precious Mensah');
    expect(pick('lucja')).toBe('Łucja Nowak');
  });

  it('prefers a whole name to a start, and a start of a word to a part inside one', () => {
    expect(pick('ada okafor')).toBe('Ada Okafor');
    // "pric" starts the word "Price" only.
    expect(pick('pric')).toBe('Adam Price');
    // "ada" starts "Ada Okafor" and "Adam Price": two equally good answers.
    expect(pick('ada')).toEqual(['Ada Okafor', 'Adam Price']);
    // "cious" is only inside a word.
    expect(pick('cious')).toBe('Precious Mensah');
  });

  it('finds nothing for text in no name, or for nothing typed', () => {
    expect(pick('Zed')).toBeNull();
    expect(pick('   ')).toBeNull();
  });
});
