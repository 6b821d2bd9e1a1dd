// WOFF (1.0) to the plain TrueType bytes inside it: each table inflated and laid out again behind an sfnt header, with
// every glyph padded to an even length. fontkit's subsetter writes short offsets (half the byte offset) whenever it can,
// so a font with odd-length glyphs (Noto Sans Arabic regular) came out of it cut short and printed blank; padded, the
// halves are exact. DecompressionStream runs in browsers and in Node.

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([Uint8Array.from(bytes)]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"

export function isWoff(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE
  );
}

const tagOf = (name: string) => [...name].reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum =
      (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>>
      0;
  return sum;
}

/** Rewrites glyf with each glyph's bytes padded to an even length, loca in long offsets, and head saying so. */
function padGlyphs(tables: { tag: number; data: Uint8Array }[]): void {
  const find = (name: string) => tables.find((t) => t.tag === tagOf(name));
  const [head, loca, glyf] = [find('head'), find('loca'), find('glyf')];
  if (!head || !loca || !glyf) return; // not TrueType outlines: nothing to pad
  const headView = new DataView(head.data.buffer, head.data.byteOffset, head.data.byteLength);
  const long = headView.getInt16(50) === 1;
  const locaView = new DataView(loca.data.buffer, loca.data.byteOffset, loca.data.byteLength);
  const count = loca.data.length / (long ? 4 : 2);
  const offsetAt = (i: number) => (long ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2);
  const pieces: Uint8Array[] = [];
  const newLoca = new Uint8Array(count * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < count; i++) {
    newLocaView.setUint32(i * 4, at);
    if (i === count - 1) break;
    const piece = glyf.data.subarray(offsetAt(i), offsetAt(i + 1));
    const padded = piece.length % 2 === 1 ? Uint8Array.from([...piece, 0]) : piece;
    pieces.push(padded);
    at += padded.length;
  }
  const newGlyf = new Uint8Array(at);
  let offset = 0;
  for (const piece of pieces) {
    newGlyf.set(piece, offset);
    offset += piece.length;
  }
  const newHead = Uint8Array.from(head.data);
  new DataView(newHead.buffer).setInt16(50, 1);
  [head.data, loca.data, glyf.data] = [newHead, newLoca, newGlyf];
}

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(woff)) return woff;
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [
      view.getUint32(at),
      view.getUint32(at + 4),
      view.getUint32(at + 8),
      view.getUint32(at + 12),
      view.getUint32(at + 16),
    ];
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('a font file is damaged (a table is not the size it says).');
    tables.push({ tag, checksum, data });
  }
  padGlyphs(tables);
  // The sfnt header's binary-search fields, as the OpenType spec defines them.
  const power = 2 ** Math.floor(Math.log2(numTables));
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, power * 16);
  w.setUint16(8, Math.log2(power));
  w.setUint16(10, numTables * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, checksum(t.data));
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3; // tables start on four-byte boundaries
  });
  return out;
}
