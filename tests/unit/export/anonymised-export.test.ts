// Anonymised exports, in every data format: people become "Person 1…n" without contact details, address
// or notes; organisations keep their names.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildExport } from '../../../src/shared/export/build-export';
import { DATA_FORMATS } from '../../../src/shared/export/data-formats';
import { tempDir } from '../store/temp-maps';
import { INDIVIDUAL_CONTACTS, INDIVIDUAL_NAMES, writeRichMap } from './export-fixture';

/** Everything a reader of the file could see, as one text. */
function readable(name: string, bytes: Uint8Array): string {
  if (!name.endsWith('.xlsx')) return new TextDecoder().decode(bytes);
  const book = XLSX.read(bytes, { type: 'array' });
  return book.SheetNames.map((s) => XLSX.utils.sheet_to_csv(book.Sheets[s]!)).join('\n');
}

describe('anonymised export', () => {
  it.each(DATA_FORMATS)('%s names no individual and holds none of their contact details', (format) => {
    const { doc } = writeRichMap(tempDir());
    const plain = buildExport(doc, format, { anonymise: false })
      .map((f) => readable(f.name, f.bytes))
      .join('\n');
    const files = buildExport(doc, format, { anonymise: true });
    const anonymised = files.map((f) => readable(f.name, f.bytes)).join('\n');
    // The plain export does hold them, so their absence below is the anonymising's doing.
    for (const secret of [...INDIVIDUAL_NAMES, ...INDIVIDUAL_CONTACTS]) {
      expect(plain).toContain(secret);
      expect(anonymised).not.toContain(secret);
    }
    expect(anonymised).toContain('Person 1');
    expect(anonymised).toContain('Person 2');
    expect(anonymised).toContain('Maple Street Mutual Aid');
    expect(anonymised).toContain('hello@maple.example.org');
    expect(files[0]!.name).toContain('(anonymised)');
  });
});
