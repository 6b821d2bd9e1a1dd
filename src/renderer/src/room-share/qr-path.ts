// Turns a QR code's modules into one SVG path (a square per dark module, runs joined), with the quiet zone around it.

/** The blank border a QR code needs to be read, in modules (the standard's 4). */
export const QUIET_ZONE = 4;

export interface QrModules {
  size: number;
  /** Row by row, 1 for a dark module. */
  data: ArrayLike<number>;
}

/** The path of the dark modules, offset by the quiet zone; runs of dark modules in a row become one rectangle. */
export function qrPath({ size, data }: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}

/** The side of the whole picture, quiet zone included, in modules. */
export function qrSide(size: number): number {
  return size + 2 * QUIET_ZONE;
}
