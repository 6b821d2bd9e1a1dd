// The import worker gives SheetJS Node's zlib through our own adapter (SheetJS's hook reads a deprecated property):
// every workbook must read exactly as with SheetJS's own inflate, the zip's entries one after another.
import { describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../../src/shared/import';
import { useNodeZlibForSheetJs } from '../../../src/main/import/sheetjs-zlib';
import { benchMapRows, benchWorkbook } from '../../../bench/import-workbook';
import { kumuWorkbook } from './import-helpers';

describe('SheetJS with Node’s zlib', () => {
  it('reads packed workbooks exactly as its own inflate does', async () => {
    const books = [kumuWorkbook(), new Uint8Array(benchWorkbook(benchMapRows(500, 1500)))];
    const own = books.map((b) => readWorkbook('book.xlsx', b));
    const sheetJsOwn = books.map((b) => XLSX.read(b, { type: 'array', dense: true }).SheetNames);
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    // SheetJS tries the inflater once and says on the console when it cannot use it.
    const refused = vi.spyOn(console, 'error');
    useNodeZlibForSheetJs();
    expect(refused).not.toHaveBeenCalled();
    refused.mockRestore();
    expect(books.map((b) => readWorkbook('book.xlsx', b))).toEqual(own);
    expect(books.map((b) => XLSX.read(b, { type: 'array', dense: true }).SheetNames)).toEqual(sheetJsOwn);
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(warnings.filter((w) => /zlib/i.test(w))).toEqual([]);
  });
});
