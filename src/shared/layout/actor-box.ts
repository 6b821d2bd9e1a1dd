// The room an actor takes on the canvas (its shape with the name under it), and whether two actors overlap.
// Matches the renderer's node box (canvas/geometry.ts: 160 × 100, shape centre 30 px from the top).

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
