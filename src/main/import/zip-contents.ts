// Measures what a zip (an .xlsx or .ods) truly unpacks to, inflating each entry with a cap before SheetJS inflates
// it: a zip whose directory understates its sizes would otherwise have SheetJS inflate gigabytes until the worker's
// time limit. While each .xlsx worksheet is unpacked its rows are counted, so a sheet past the row limit is refused
// before SheetJS scans all of its XML (a million rows took it 10 s). Runs in the import worker (it needs Node's zlib).
import { inflateRawSync } from 'node:zlib';
import { CaremapError } from '../../shared/errors';
import { limitMessages, MAX_ROWS, MAX_UNPACKED_MB } from '../../shared/import/import-limits';
import { entryDataStart, zipEntries } from '../../shared/import/zip-directory';

const LIMIT = MAX_UNPACKED_MB * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const ROW_TAG = Buffer.from('<row');

/** `<row ` and `<row>` elements in a worksheet's XML (not `<rowBreaks>`): its rows, as SheetJS will read them. */
function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf(ROW_TAG); at !== -1; at = xml.indexOf(ROW_TAG, at + ROW_TAG.length)) {
    const next = xml[at + ROW_TAG.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09) rows++;
  }
  return rows;
}

/**
 * Refuses a zip that unpacks to more than the limit whatever its directory says, or one of whose worksheets has more
 * rows than the limit; anything else (damage included) is left to the reader.
 */
export function checkZipContents(fileName: string, bytes: Uint8Array): void {
  if (!isZip(bytes)) return;
  const entries = zipEntries(bytes);
  // A directory that already claims too much is refused by the reader, naming the size it claims.
  if (!entries || entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0) > LIMIT) return;
  let total = 0;
  for (const entry of entries) {
    const start = entryDataStart(bytes, entry);
    if (start === null) return;
    const packed = bytes.subarray(start, start + entry.packedBytes);
    if (entry.method === STORED) total += packed.length;
    else if (entry.method === DEFLATED) {
      try {
        const unpacked = inflateRawSync(packed, { maxOutputLength: LIMIT - total + 1 });
        total += unpacked.length;
        const rows = WORKSHEET.test(entry.name) && total <= LIMIT ? countRows(unpacked) : 0;
        if (rows > MAX_ROWS)
          throw new CaremapError('bad-spreadsheet', limitMessages.rows(fileName, null, rows), { file: fileName });
      } catch (error) {
        if (error instanceof CaremapError) throw error;
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') total = LIMIT + 1;
        else return; // damaged: SheetJS refuses it with its own sentence
      }
    }
    if (total > LIMIT)
      throw new CaremapError('bad-spreadsheet', limitMessages.unpacked(fileName, null), { file: fileName });
  }
}
