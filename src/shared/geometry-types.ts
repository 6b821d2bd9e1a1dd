// The one home of plain geometry types, in map units unless a name says otherwise (shared, main and the window).

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: top-left corner, width and height. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
