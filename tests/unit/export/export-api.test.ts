// The export.data operation over the open map: validated input, files as base64 with names and types.
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { parseRequest } from '../../../src/shared/validate';
import { tempDir } from '../store/temp-maps';
import { INDIVIDUAL_NAMES, writeRichMap } from './export-fixture';

let temps: TempBackend[] = [];
afterEach(() => {
  temps.forEach((t) => t.dispose());
  temps = [];
});

describe('export.data', () => {
  it('builds the open map’s files in main, as base64, anonymised when asked', async () => {
    const t = createTempBackend();
    temps.push(t);
    const { file } = writeRichMap(tempDir());
    await t.backend.handlers['map.open']({ path: file });
    const { files } = await t.backend.handlers['export.data']({ format: 'csv', anonymise: false });
    expect(files.map((f) => [f.name, f.mime])).toEqual([
      ['Clapton & Co test-actors.csv', 'text/csv'],
      ['Clapton & Co test-ties.csv', 'text/csv'],
    ]);
    const xlsx = (await t.backend.handlers['export.data']({ format: 'xlsx', anonymise: true })).files[0]!;
    const book = XLSX.read(Buffer.from(xlsx.base64, 'base64'), { type: 'buffer' });
    const names = XLSX.utils.sheet_to_json<{ Name: string }>(book.Sheets.Actors!).map((r) => r.Name);
    expect(names).toContain('Maple Street Mutual Aid');
    for (const name of INDIVIDUAL_NAMES) expect(names).not.toContain(name);
  });

  it('refuses an unknown format or a missing anonymise choice, and needs an open map', async () => {
    expect(() => parseRequest('export.data', { format: 'pdf', anonymise: false })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => parseRequest('export.data', { format: 'xlsx' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    const t = createTempBackend();
    temps.push(t);
    await expect(
      Promise.resolve().then(() => t.backend.handlers['export.data']({ format: 'json', anonymise: false })),
    ).rejects.toThrow(expect.objectContaining({ code: 'no-map-open' }));
  });
});
