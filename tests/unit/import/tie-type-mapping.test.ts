// Issue 14 point 7: a file's tie types can be mapped like kinds — onto an existing tie type, a new one (named as the
// facilitator likes), or none — in the preview, the commit (one undo step) and the API's schema.
import { describe, expect, it } from 'vitest';
import { undo } from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';
import { importSchemas } from '../../../src/shared/api-import-schemas';
import { MAX_KIND_VALUE } from '../../../src/shared/import/import-limits';
import type { ImportChoices, TieTypeChoice } from '../../../src/shared/import';
import { newMap } from '../store/temp-maps';
import { actorNamed, importFile, preview, workbookBytes } from './import-helpers';

/** Actors A–F and a tie of each unknown type (Grants twice), one loosely named seed type and one untyped tie. */
const workbook = () =>
  workbookBytes({
    Actors: [
      ['Name', 'Type'],
      ['A', 'Charity'],
      ['B', 'Charity'],
      ['C', 'Charity'],
      ['D', 'Charity'],
      ['E', 'Charity'],
      ['F', 'Charity'],
    ],
    Ties: [
      ['From', 'To', 'Type'],
      ['A', 'B', 'Signposting'],
      ['A', 'C', 'Grants'],
      ['B', 'C', ' grants '],
      ['C', 'D', 'Lends a room'],
      ['D', 'E', 'Shares volunteers'],
      ['E', 'F', 'Co-delivery'],
      ['F', 'A', 'referrals'],
      ['B', 'D', ''],
    ],
  });

const typeId = (store: MapStore, name: string) => store.tieTypes().find((t) => t.name === name)!.id;
const tieType = (store: MapStore, from: string, to: string) => {
  const [a, b] = [actorNamed(store, from).id, actorNamed(store, to).id];
  const tie = store.ties().find((t) => t.fromId === a && t.toId === b)!;
  return tie.tieTypeId === null ? null : store.tieTypes().find((t) => t.id === tie.tieTypeId)!.name;
};

describe('tie type mapping in the import', () => {
  it('the preview lists each tie type value once with its count, matched loosely or offered as new', () => {
    const store = newMap();
    const p = preview(store, 'partners.xlsx', workbook());
    expect(p.tieTypeValues.map((v) => [v.value, v.count])).toEqual([
      ['Signposting', 1],
      ['Grants', 2],
      ['Lends a room', 1],
      ['Shares volunteers', 1],
      ['Co-delivery', 1],
      ['referrals', 1],
    ]);
    const referral = typeId(store, 'Referral');
    expect(p.tieTypeValues.find((v) => v.value === 'referrals')!.matchedTieTypeId).toBe(referral);
    expect(p.choices.tieTypes![p.tieTypeValues.find((v) => v.value === 'referrals')!.key]).toEqual({
      tieTypeId: referral,
    });
    expect(p.choices.tieTypes![p.tieTypeValues.find((v) => v.value === 'Grants')!.key]).toEqual({
      newTieType: 'Grants',
    });
    expect(p.counts.newTieTypes).toBe(5);
  });

  it('5 unknown types: 3 mapped onto existing types, 2 new — right type ids, 2 new types, one undo takes it all back', () => {
    const store = newMap();
    const typesBefore = store.tieTypes();
    const p = preview(store, 'partners.xlsx', workbook());
    const key = (value: string) => p.tieTypeValues.find((v) => v.value === value)!.key;
    const tieTypes: Record<string, TieTypeChoice> = {
      ...p.choices.tieTypes,
      [key('Signposting')]: { tieTypeId: typeId(store, 'Referral') },
      [key('Grants')]: { tieTypeId: typeId(store, 'Funding') },
      [key('Lends a room')]: { tieTypeId: typeId(store, 'Shared space') },
      [key('Co-delivery')]: { newTieType: 'Joint delivery' },
    };
    const choices: Partial<ImportChoices> = { ...p.choices, tieTypes };
    // The preview counts what the commit will make.
    expect(preview(store, 'partners.xlsx', workbook(), choices).counts.newTieTypes).toBe(2);

    const result = importFile(store, 'partners.xlsx', workbook(), choices);
    expect(result.summary.counts.newTieTypes).toBe(2);
    expect(tieType(store, 'A', 'B')).toBe('Referral');
    expect(tieType(store, 'A', 'C')).toBe('Funding');
    expect(tieType(store, 'B', 'C')).toBe('Funding');
    expect(tieType(store, 'C', 'D')).toBe('Shared space');
    expect(tieType(store, 'D', 'E')).toBe('Shares volunteers');
    expect(tieType(store, 'E', 'F')).toBe('Joint delivery');
    expect(tieType(store, 'F', 'A')).toBe('Referral');
    expect(tieType(store, 'B', 'D')).toBeNull();
    const made = store.tieTypes().filter((t) => !typesBefore.some((b) => b.id === t.id));
    expect(made.map((t) => t.name).sort()).toEqual(['Joint delivery', 'Shares volunteers']);
    expect(result.history.undoLabel).toBe('Import “partners.xlsx”');

    undo(store);
    expect(store.ties()).toEqual([]);
    expect(store.actors()).toEqual([]);
    expect(store.tieTypes()).toEqual(typesBefore);
  });

  it('“no type” leaves those ties untyped, and two values given the same new name make one type', () => {
    const store = newMap();
    const p = preview(store, 'partners.xlsx', workbook());
    const key = (value: string) => p.tieTypeValues.find((v) => v.value === value)!.key;
    const tieTypes: Record<string, TieTypeChoice> = {
      ...p.choices.tieTypes,
      [key('Signposting')]: { none: true },
      [key('Lends a room')]: { newTieType: 'Space' },
      [key('Shares volunteers')]: { newTieType: ' space ' },
    };
    importFile(store, 'partners.xlsx', workbook(), { tieTypes });
    expect(tieType(store, 'A', 'B')).toBeNull();
    expect(tieType(store, 'C', 'D')).toBe('Space');
    expect(tieType(store, 'D', 'E')).toBe('Space');
    expect(store.tieTypes().filter((t) => t.name.toLowerCase() === 'space')).toHaveLength(1);
  });

  it('a choice naming a tie type the map no longer has falls back to the match or a new type', () => {
    const store = newMap();
    const p = preview(store, 'partners.xlsx', workbook());
    const key = p.tieTypeValues.find((v) => v.value === 'Grants')!.key;
    const again = preview(store, 'partners.xlsx', workbook(), { tieTypes: { [key]: { tieTypeId: 'gone' as never } } });
    expect(again.choices.tieTypes![key]).toEqual({ newTieType: 'Grants' });
  });

  it('the API accepts what the preview offers and refuses malformed tie type choices', () => {
    const store = newMap();
    const p = preview(store, 'partners.xlsx', workbook());
    const commit = importSchemas['import.commit'];
    expect(commit.safeParse({ importId: 'x', choices: p.choices }).success).toBe(true);
    expect(commit.safeParse({ importId: 'x', choices: { tieTypes: { grant: { none: true } } } }).success).toBe(true);
    const refused = (tieTypes: unknown) => commit.safeParse({ importId: 'x', choices: { tieTypes } });
    const emptyName = refused({ grant: { newTieType: '  ' } });
    expect(emptyName.success).toBe(false);
    expect(JSON.stringify(emptyName.error)).toContain('A new tie type needs a name.');
    expect(refused({ grant: { none: false } }).success).toBe(false);
    expect(refused({ grant: { tieTypeId: 'x', none: true } }).success).toBe(false);
    expect(refused({ ['g'.repeat(MAX_KIND_VALUE + 1)]: { none: true } }).success).toBe(false);
    expect(refused({ ['g'.repeat(MAX_KIND_VALUE)]: { none: true } }).success).toBe(true);
  });
});
