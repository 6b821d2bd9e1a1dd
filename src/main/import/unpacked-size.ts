// Measures what a zip (an .xlsx or .ods) truly unpacks to, inflating each entry with a cap before SheetJS inflates
// it: a zip whose directory understates its sizes would otherwise have SheetJS inflate gigabytes until the worker's
// time limit. Runs in the import worker (it needs Node's zlib), after the directory's own claim is checked.
import { inflateRawSync } from 'node:zlib';
import { CaremapError } from '../../shared/errors';
import { limitMessages, MAX_UNPACKED_MB } from '../../shared/import/import-limits';
import { entryDataStart, zipEntries } from '../../shared/import/zip-directory';

const LIMIT = MAX_UNPACKED_MB * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Refuses a zip that unpacks to more than the limit, whatever its directory says; anything else is left to the reader. */
export function checkUnpackedSize(fileName: string, bytes: Uint8Array): void {
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
        total += inflateRawSync(packed, { maxOutputLength: LIMIT - total + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') total = LIMIT + 1;
        else return; // damaged: SheetJS refuses it with its own sentence
      }
    }
    if (total > LIMIT) throw new CaremapError('bad-spreadsheet', limitMessages.unpacked(fileName, null), { file: fileName });
  }
}
