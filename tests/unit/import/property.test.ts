// Property test: random sheets of random cells never crash the importer, and an import either commits entirely
// (one undo step that undoes it exactly) or is refused and changes nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redo, undo } from '../../../src/main/commands';
import { CaremapError } from '../../../src/shared/errors';
import { readWorkbook } from '../../../src/shared/import';
import { snapshot } from '../commands/run-operation';
import { newMap } from '../store/temp-maps';
import { importFile, utf8, workbookBytes } from './import-helpers';

const HEADERS = [
  'Label',
  'Name',
  'Type',
  'From',
  'To',
  'Tags',
  'Email',
  'X',
  'Y',
  'Direction',
  'Strength',
  'Status',
  'Since',
  'ID',
  'Consent date',
  'Care modes',
  'Whatever',
  '',
];
const cell = fc.oneof(
  fc.constantFrom(
    ...HEADERS,
    'Ada',
    'ada ',
    'Bea',
    'Person',
    'Charity/CIC',
    'a|b|c',
    '=SUM(A1)',
    '+44',
    '-1',
    '@x',
    'directed',
    'strong',
    '14/03/2025',
    '2025-02-30',
    'Engaged',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);
const sheet = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });
const sheetName = fc.constantFrom('Elements', 'Connections', 'Actors', 'Ties', 'Sheet1', 'Notes (ignore)', 'Links');
const workbook = fc.dictionary(sheetName, sheet, { minKeys: 1, maxKeys: 3 });

const records = (store: ReturnType<typeof newMap>) => {
  const { history: _history, ...rest } = snapshot(store);
  return rest;
};

describe('importing random sheets', () => {
  it('never crashes: each import commits entirely or is refused with a CaremapError and changes nothing', () => {
    const store = newMap();
    fc.assert(
      fc.property(
        workbook,
        fc.boolean(),
        fc.constantFrom<'skip' | 'create'>('skip', 'create'),
        (sheets, asCsv, unknownActors) => {
          const before = snapshot(store);
          const rows = Object.values(sheets)[0]!;
          const bytes = asCsv
            ? utf8(rows.map((r) => r.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n'))
            : workbookBytes(sheets);
          const steps = store.counts().history;
          try {
            importFile(store, asCsv ? 'random.csv' : 'random.xlsx', bytes, { unknownActors });
          } catch (error) {
            if (!(error instanceof CaremapError)) throw error;
            expect(error.message).toMatch(/“random\.(csv|xlsx)”/);
            expect(snapshot(store)).toEqual(before);
            return;
          }
          const { history: _before, ...original } = before;
          if (store.counts().history === steps) {
            // Nothing in it differed from the map: nothing written, no step recorded.
            expect(records(store)).toEqual(original);
            return;
          }
          expect(store.counts().history).toBe(steps + 1);
          const after = records(store);
          undo(store);
          expect(records(store)).toEqual(original);
          redo(store);
          expect(records(store)).toEqual(after);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reading random bytes as any kind of file never throws anything but a CaremapError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('x.csv', 'x.xlsx', 'x.xls', 'x.ods', 'x.tsv'),
        (bytes, name) => {
          try {
            readWorkbook(name, bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(CaremapError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
