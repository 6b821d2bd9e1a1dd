// Packs PNG images into Windows .ico and macOS .icns files. Both formats accept PNG payloads as they are (Windows
// Vista+, macOS 10.7+), so a writer is only a header and a table: ~40 lines instead of a dependency with a native or
// ImageMagick back end (png2icons, icon-gen) that would do the same thing.

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** ICONDIR (6 bytes) + one 16-byte ICONDIRENTRY per image + the PNGs. Sizes above 255 are written as 0 (= 256). */
export function writeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    const entry = 6 + 16 * i;
    header.writeUInt8(width >= 256 ? 0 : width, entry);
    header.writeUInt8(height >= 256 ? 0 : height, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}

/** The ICNS types that hold a PNG, by pixel size (the @2x types share a pixel size with a plain one). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** 'icns' + total length, then one (type, length incl. 8-byte header, PNG) chunk per entry. */
export function writeIcns(pngBySize) {
  const chunks = ICNS_TYPES.filter(([, size]) => pngBySize.has(size)).map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}
