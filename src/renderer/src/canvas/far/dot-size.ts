// How big a zoomed-out dot is: its true size, but never less than a few screen pixels, so it stays visible and grabbable.

/** A dot's true radius in flow units (the shape up close is 48 wide). */
export const DOT_RADIUS = 22;
const MIN_SCREEN_RADIUS = 2.2;
const MIN_HIT_SCREEN_RADIUS = 7;

export function dotRadius(zoom: number): number {
  return Math.max(DOT_RADIUS, MIN_SCREEN_RADIUS / zoom);
}

export function hitRadius(zoom: number): number {
  return Math.max(dotRadius(zoom) * 1.2, MIN_HIT_SCREEN_RADIUS / zoom);
}
