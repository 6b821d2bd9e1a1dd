// What a zip (an .xlsx or .ods) says it unpacks to, read from its central directory before anything is inflated,
// so a small file that unpacks to gigabytes (a zip bomb) is refused without unpacking it. A zip whose directory
// lies about its sizes is caught instead by the reading worker's memory and time limits.

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const MASK32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-directory record is within the last 64 KB (its comment is at most 65,535 bytes). */
function findEnd(data: DataView): number {
  const earliest = Math.max(0, data.byteLength - 22 - 0xffff);
  for (let i = data.byteLength - 22; i >= earliest; i--) if (data.getUint32(i, true) === END_OF_DIRECTORY) return i;
  return -1;
}

const u64 = (data: DataView, at: number) => Number(data.getBigUint64(at, true));

/** Where the directory starts and how long it is, from the plain or the ZIP64 end record. */
function directoryOf(data: DataView, end: number): { start: number; length: number } {
  let start = data.getUint32(end + 16, true);
  let length = data.getUint32(end + 12, true);
  const locator = end - 20;
  if ((start === MASK32 || length === MASK32) && locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR) {
    const end64 = u64(data, locator + 8);
    if (end64 + 56 <= data.byteLength && data.getUint32(end64, true) === ZIP64_END) {
      length = u64(data, end64 + 40);
      start = u64(data, end64 + 48);
    }
  }
  return { start, length };
}

/** An entry's unpacked size; 0xFFFFFFFF means the real one is in its ZIP64 extra field. */
function unpackedSize(data: DataView, entry: number): number {
  const size = data.getUint32(entry + 24, true);
  if (size !== MASK32) return size;
  const nameLength = data.getUint16(entry + 28, true);
  const extraLength = data.getUint16(entry + 30, true);
  let at = entry + 46 + nameLength;
  const stop = at + extraLength;
  while (at + 4 <= stop && at + 4 <= data.byteLength) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 0x0001 && at + 12 <= data.byteLength) return u64(data, at + 4);
    at += 4 + length;
  }
  return Number.POSITIVE_INFINITY;
}

/** One entry of a zip's directory: how it is packed, where its data starts, and the sizes it claims. */
export interface ZipEntryInfo {
  name: string;
  method: number;
  packedBytes: number;
  unpackedBytes: number;
  /** Offset of the entry's local header. */
  localHeader: number;
}

/** The entries a zip's central directory lists; null when the bytes hold no readable directory. */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const data = view(bytes);
  if (data.byteLength < 22) return null;
  const end = findEnd(data);
  if (end === -1) return null;
  const { start, length } = directoryOf(data, end);
  if (start + length > data.byteLength) return null;
  const entries: ZipEntryInfo[] = [];
  for (let at = start; at + 46 <= start + length;) {
    if (data.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const nameLength = data.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, Math.min(at + 46 + nameLength, bytes.length)));
    entries.push({
      name,
      method: data.getUint16(at + 10, true),
      packedBytes: data.getUint32(at + 20, true),
      unpackedBytes: unpackedSize(data, at),
      localHeader: data.getUint32(at + 42, true),
    });
    at += 46 + data.getUint16(at + 28, true) + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The total size, in bytes, the zip's entries say they unpack to; null when the bytes hold no readable directory
 * (then the spreadsheet reader refuses the file as damaged).
 */
export function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const entries = zipEntries(bytes);
  return entries === null ? null : entries.reduce((total, entry) => total + entry.unpackedBytes, 0);
}

/** Where an entry's packed data starts: after its local header, whose name and extra field may differ from the directory's. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntryInfo): number | null {
  const data = view(bytes);
  const at = entry.localHeader;
  if (at + 30 > data.byteLength || data.getUint32(at, true) !== 0x04034b50) return null;
  return at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
}
