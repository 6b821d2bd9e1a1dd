// The room an actor takes on the canvas (its shape with the name under it), and whether two actors overlap.
// Matches the renderer's node box (canvas/geometry.ts: 160 × 100, shape centre 30 px from the top) and its name
// label (canvas.css .actor__name: 15 px bold, at most 160 px wide and two lines, 59 px below the box's top).

export const ACTOR_BOX = {
  width: 160,
  height: 100,
  /** The box's centre lies this far below the actor's point (the shape's centre). */
  centreDy: 20,
};
/** Clear space kept between two boxes, so names do not touch. */
export const BOX_GAP = 12;

/** Centre distances below which two boxes (with the gap) overlap, per axis. */
export const CLEAR_X = ACTOR_BOX.width + BOX_GAP;
export const CLEAR_Y = ACTOR_BOX.height + BOX_GAP;

/** All boxes have the same size and offset, so the test compares the actor points directly. */
export function boxesOverlap(a: { x: number; y: number }, b: { x: number; y: number }, gap = BOX_GAP): boolean {
  return Math.abs(a.x - b.x) < ACTOR_BOX.width + gap && Math.abs(a.y - b.y) < ACTOR_BOX.height + gap;
}

/** An actor's drawn extent around its point: how far the shape and name reach left, right, up and down. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The name label as canvas.css draws it: its top below the point, padding, line height, and the widest its text runs
 * (the label's box adds padX each side, so it is up to 174 px wide, wider than the 160 px node).
 */
export const NAME_LABEL = { top: 29, padX: 7, padY: 1, lineHeight: 18, maxWidth: 160, maxLines: 2 };
const SHAPE_HALF = 24;
/** The box when the name is unknown: the renderer's whole node box, which holds any name. */
export const FULL_EXTENT: Extent = { left: 87, right: 87, top: 30, bottom: ACTOR_BOX.height - 30 };

/**
 * Widths of characters at 15 px bold (canvas.css), measured in Chromium with the fonts app.css names and rounded up 5%:
 * an estimate that errs wide, so real names fit inside it. Other characters (accents, other scripts) count as 13 px.
 */
const CHAR_WIDTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["'", 5],
      ['ijl ', 5.5],
      ['IJ’.,', 6],
      ['f', 6.5],
      ['-', 7],
      ['()', 7.5],
      ['rt', 8],
      ['csz', 9.5],
      ['kvxyL', 10.5],
      ['0123456789aeoEFS', 11],
      ['bdghnpquTYZ', 11.5],
      ['CP', 12],
      ['ABKRVX', 12.5],
      ['GU', 13],
      ['DHNOQ', 13.5],
      ['&', 14],
      ['w', 15],
      ['M', 16],
      ['m', 16.5],
      ['W', 17.5],
    ] as const
  ).flatMap(([chars, width]) => [...chars].map((c) => [c, width] as const)),
);
const charWidth = (c: string) => CHAR_WIDTHS.get(c) ?? 13;

const textWidth = (text: string) => [...text].reduce((w, c) => w + charWidth(c), 0);

/** Lines the label wraps into (greedy at word breaks, long words broken anywhere as overflow-wrap does), at most two. */
export function nameLines(name: string): number[] {
  const inner = NAME_LABEL.maxWidth;
  const lines: number[] = [];
  let line = 0;
  for (const word of (name || 'Unnamed actor').split(/\s+/).filter(Boolean)) {
    const w = textWidth(word);
    const withSpace = line === 0 ? w : line + charWidth(' ') + w;
    if (withSpace <= inner) line = withSpace;
    else {
      if (line > 0) lines.push(line);
      line = w;
      while (line > inner) {
        lines.push(inner);
        line -= inner;
      }
    }
  }
  if (line > 0 || lines.length === 0) lines.push(line);
  // A wrapped name fills the label's whole width, as the browser draws it.
  return lines.length > 1 ? lines.slice(0, NAME_LABEL.maxLines).map(() => inner) : lines;
}

/** The extent of an actor named `name` (undefined: the whole node box, room for any name). */
export function actorExtent(name?: string): Extent {
  if (name === undefined) return FULL_EXTENT;
  const lines = nameLines(name);
  const halfWidth = Math.max(SHAPE_HALF, Math.ceil(Math.max(...lines) / 2) + NAME_LABEL.padX);
  return {
    left: halfWidth,
    right: halfWidth,
    top: SHAPE_HALF,
    bottom: NAME_LABEL.top + 2 * NAME_LABEL.padY + lines.length * NAME_LABEL.lineHeight,
  };
}

/** An extent placed at a point: the box's edges on the canvas. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const boxAt = (p: { x: number; y: number }, e: Extent): Box => ({
  x0: p.x - e.left,
  y0: p.y - e.top,
  x1: p.x + e.right,
  y1: p.y + e.bottom,
});

/** Whether two boxes come closer than `gap` on both axes. */
export const boxesClash = (a: Box, b: Box, gap = 0): boolean =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
