// The share of a picture that is drawn on, measured from its pixels: the image is cut into squares the size of one
// actor's shape (48 px at 1×, 96 px at 2×) and a square counts as drawn when any pixel in it is ink (not transparent,
// not near-white). So the measure is the union of actor+name boxes, tie bands and the legend, at the grain of one
// actor: the ordinary spacing inside a network counts as drawn; empty map an actor or more wide does not.
export const CELL_AT_1X = 48;

export function isInk(r: number, g: number, b: number, a: number): boolean {
  return a > 16 && (r < 240 || g < 240 || b < 240);
}

export function drawnFraction(rgba: Uint8Array, width: number, height: number, cell: number): number {
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const inked = new Uint8Array(columns * rows);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (isInk(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!)) inked[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
    }
  }
  return inked.reduce((sum, v) => sum + v, 0) / inked.length;
}
