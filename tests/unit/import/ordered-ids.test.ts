// An import's new ids: valid version-7 UUIDs, each larger than the one before (so SQLite appends them to the id
// index), distinct, and starting from the time the generator was made.
import { describe, expect, it } from 'vitest';
import { planningPoint } from '../../../src/main/import/commit-import';
import { runImportJob } from '../../../src/main/import/import-job';
import { orderedIds } from '../../../src/shared/import/ordered-ids';
import { newMap } from '../store/temp-maps';
import { csvOfRows } from './hostile-files';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ordered ids for an import', () => {
  it('makes 100,000 distinct version-7 UUIDs, each sorting after the one before', () => {
    const next = orderedIds();
    const ids = Array.from({ length: 100_000 }, next);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
  });

  it('puts the time first, so a later import sorts after an earlier one', () => {
    const early = orderedIds(() => 0x0123456789ab)();
    const late = orderedIds(() => 0x0123456789ac)();
    expect(early.startsWith('01234567-89ab-7')).toBe(true);
    expect(late > early).toBe(true);
  });

  it('differs between two generators made in the same millisecond (random bits besides the time)', () => {
    const a = Array.from(
      { length: 1000 },
      orderedIds(() => 1),
    );
    const b = new Set(
      Array.from(
        { length: 1000 },
        orderedIds(() => 1),
      ),
    );
    expect(a.some((id) => b.has(id))).toBe(false);
  });

  it('is what an import plans its new actors with: their ids rise row by row', () => {
    const store = newMap();
    const point = planningPoint(store);
    const bytes = csvOfRows(200);
    const { plan } = runImportJob({
      kind: 'read',
      files: [{ fileName: 'people.csv', bytes }],
      snapshot: point.snapshot,
      today: point.today,
    });
    const ids = plan.records.actorsAfter.map((a) => a.id);
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
  });
});
