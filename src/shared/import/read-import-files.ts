// Reads one import's files: one spreadsheet or network file, or several read as one workbook (Gephi's nodes table and
// edges table, chosen or dropped together), so the planner matches the edges to the nodes by Id in one import.
import { CaremapError } from '../errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, type RawSheet, type RawWorkbook } from './import-types';
import { readWorkbook } from './read-workbook';

export interface ImportFileBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** Gephi writes two tables; a few more covers a workbook split by hand. */
export const MAX_IMPORT_FILES = 4;

export function readImportFiles(files: readonly ImportFileBytes[]): RawWorkbook {
  const [first] = files;
  if (!first) throw new CaremapError('bad-spreadsheet', 'Choose a file to import.');
  if (files.length === 1) return readWorkbook(first.fileName, first.bytes);
  const names = files.map((f) => `“${f.fileName}”`).join(', ');
  if (files.length > MAX_IMPORT_FILES) {
    throw new CaremapError(
      'bad-spreadsheet',
      `${files.length} files were chosen at once (${names}); Caremap imports up to ${MAX_IMPORT_FILES} together, such as Gephi's nodes and edges tables. Choose fewer.`,
    );
  }
  if (files.reduce((sum, f) => sum + f.bytes.length, 0) > MAX_IMPORT_BYTES) {
    throw new CaremapError(
      'bad-spreadsheet',
      `Together, ${names} are larger than ${MAX_IMPORT_MB} MB, too big to import at once. Import them one at a time.`,
    );
  }
  const sheets: RawSheet[] = [];
  const taken = new Set<string>();
  for (const file of files) {
    const book = readWorkbook(file.fileName, file.bytes);
    for (const sheet of book.sheets) {
      // Two files may both have a "Sheet1": the file's name tells them apart.
      let name = sheet.name;
      if (taken.has(name.toLowerCase())) name = `${file.fileName} ${sheet.name}`;
      taken.add(name.toLowerCase());
      sheets.push({ name, rows: sheet.rows });
    }
  }
  return { fileName: files.map((f) => f.fileName).join(' + '), sheets };
}
