// The keys a type column's values are grouped by are worked out once per distinct value and remembered (a column
// repeats a few values thousands of times): remembered or not, and past the bound, a value must get the same key.
import { describe, expect, it } from 'vitest';
import { kindKey, kindWords } from '../../../src/shared/import/match-kinds';
import { tieTypeKey } from '../../../src/shared/import/match-kinds';

describe('type keys', () => {
  it('groups spellings of one type and keeps each value’s key the same however often it is asked', () => {
    expect(kindKey('Social Enterprises ')).toBe('social enterprise');
    expect(kindKey('social  enterprise')).toBe('social enterprise');
    expect(tieTypeKey('Peer-support')).toBe('peer support');
    // A value of punctuation alone still has a key of its own.
    expect(tieTypeKey('+/-')).toBe('+/-');
    const values = Array.from({ length: 5000 }, (_, i) => `Type ${i % 2500} groups`);
    const first = values.map(kindKey);
    expect(values.map(kindKey)).toEqual(first);
    expect(first).toEqual(values.map((v) => kindWords(v).join(' ')));
    expect(kindKey('Social Enterprises ')).toBe('social enterprise');
  });
});
