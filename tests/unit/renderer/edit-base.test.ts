// The base version a view's edits carry: the version it shows, or the one captured when an edit began (a name typed).
import { describe, expect, it } from 'vitest';
import { editBaseNow, scopedEditBase, setViewedVersion, withEditBase } from '../../../src/renderer/src/api/edit-base';

describe('edit base', () => {
  it('is the version the view shows, unless an edit begun earlier scopes its own', () => {
    setViewedVersion(12);
    expect(editBaseNow()).toBe(12);
    expect(scopedEditBase()).toBeUndefined();
    const inside = withEditBase(9, () => [editBaseNow(), scopedEditBase()]);
    expect(inside).toEqual([9, 9]);
    expect(editBaseNow()).toBe(12);
    setViewedVersion(undefined);
    expect(editBaseNow()).toBeUndefined();
  });

  it('restores the outer scope even when the edit throws', () => {
    setViewedVersion(5);
    withEditBase(3, () => {
      expect(() =>
        withEditBase(1, () => {
          throw new Error('refused');
        }),
      ).toThrow('refused');
      expect(editBaseNow()).toBe(3);
    });
    expect(editBaseNow()).toBe(5);
  });
});
