// The share of a picture that is drawn on, measured from its pixels: the image is cut into squares the size of one
// actor's shape (48 px at 1×, 96 px at 2×); a square is inked when any pixel in it is ink (not transparent, not
// near-white), and counts as drawn when it is inked or lies inside the drawing (see filledFraction).
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
      if (isInk(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!))
        inked[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
    }
  }
  return filledFraction(inked, columns, rows);
}

/**
 * The share of cells inside the drawing: inked, or lying between inked cells both across (left and right in its row)
 * and down (above and below in its column). A network's inner spacing (the room ties need, which grows with the map)
 * counts as drawing; an empty margin, or an empty band between far-apart groups, does not — a band has no ink on
 * at least one of its two axes. (Counting inked cells alone would call a well-spaced network mostly empty.)
 */
export function filledFraction(inked: ArrayLike<number>, columns: number, rows: number): number {
  const at = (c: number, r: number) => inked[r * columns + c] === 1;
  const first = (n: number, has: (k: number) => boolean) => {
    for (let k = 0; k < n; k++) if (has(k)) return k;
    return n;
  };
  const last = (n: number, has: (k: number) => boolean) => {
    for (let k = n - 1; k >= 0; k--) if (has(k)) return k;
    return -1;
  };
  const rowSpan = Array.from(
    { length: rows },
    (_, r) => [first(columns, (c) => at(c, r)), last(columns, (c) => at(c, r))] as const,
  );
  const columnSpan = Array.from(
    { length: columns },
    (_, c) => [first(rows, (r) => at(c, r)), last(rows, (r) => at(c, r))] as const,
  );
  let filled = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const [left, right] = rowSpan[r]!;
      const [top, bottom] = columnSpan[c]!;
      if (at(c, r) || (c > left && c < right && r > top && r < bottom)) filled++;
    }
  }
  return filled / (columns * rows);
}
