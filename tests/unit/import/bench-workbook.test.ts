// The import bench's generated map holds exactly the actors and ties it says: distinct pairs, no tie to itself, every
// end an actor of the file; imported, every tie is kept (none "given twice"). Sizes come from BENCH_SIZES.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { benchCsv, benchMapRows, benchSizes, benchWorkbook } from '../../../bench/import-workbook';
import { newMap } from '../store/temp-maps';
import { importFile } from './import-helpers';

describe('the import bench’s generated map', () => {
  it('holds exactly the ties asked for at 20,000 actors: 60,000 distinct pairs, none from an actor to itself', () => {
    const rows = benchMapRows(20_000);
    expect(rows.ties).toBe(60_000);
    expect(rows.elements.length - 1).toBe(20_000);
    expect(rows.connections.length - 1).toBe(60_000);
    const names = new Set(rows.elements.slice(1).map((r) => r[0]));
    expect(names.size).toBe(20_000);
    const pairs = new Set<string>();
    for (const [from, to] of rows.connections.slice(1)) {
      expect(from).not.toBe(to);
      expect(names.has(from) && names.has(to)).toBe(true);
      pairs.add([from, to].sort().join('\u0000'));
    }
    expect(pairs.size).toBe(60_000);
  });

  it('imports with every actor and every tie it says, as a workbook and as CSV', () => {
    const rows = benchMapRows(300, 900);
    const store = newMap();
    const result = importFile(store, 'bench.xlsx', new Uint8Array(benchWorkbook(rows)));
    expect(result.summary.counts).toMatchObject({ actorsAdded: 300, tiesAdded: 900 });
    expect(store.ties()).toHaveLength(900);
    const ties = newMap();
    importFile(ties, 'elements.csv', new TextEncoder().encode(benchCsv(rows.elements)));
    const fromCsv = importFile(ties, 'connections.csv', new TextEncoder().encode(benchCsv(rows.connections)));
    expect(fromCsv.summary.counts).toMatchObject({ actorsAdded: 0, tiesAdded: 900 });
  });

  it('writes its texts once in a shared strings table, as spreadsheet programs do, or inline when asked', () => {
    const rows = benchMapRows(50, 100);
    const cellTypes = (bytes: Buffer) => {
      const book = XLSX.read(bytes, { type: 'buffer', bookFiles: true }) as XLSX.WorkBook & {
        files?: Record<string, unknown>;
        keys?: string[];
      };
      const sheet = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Connections!, { header: 1 });
      return { hasTable: (book.keys ?? []).some((k) => /sharedStrings\.xml$/.test(k)), rows: sheet.length };
    };
    expect(cellTypes(benchWorkbook(rows))).toEqual({ hasTable: true, rows: 101 });
    expect(cellTypes(benchWorkbook(rows, { sharedStrings: false }))).toEqual({ hasTable: false, rows: 101 });
  });

  it('refuses to promise more ties than there are pairs', () => {
    expect(() => benchMapRows(4, 7)).toThrow(/only 6 distinct pairs/);
    expect(benchMapRows(4, 6).connections).toHaveLength(7);
  });

  it('takes its sizes from BENCH_SIZES, ties being three times the actors', () => {
    expect(benchSizes([5000], '5000,20000')).toEqual([5000, 20_000]);
    expect(benchSizes([5000], undefined)).toEqual([5000]);
    expect(() => benchSizes([5000], '5000,lots')).toThrow(/BENCH_SIZES/);
    expect(benchMapRows(10).ties).toBe(30);
  });
});
