// What the page and the force-layout worker say to each other.
import type { LayoutActor, LayoutTie, Placement } from '../../../shared/layout';

export type ForceRequest =
  | { type: 'start'; actors: LayoutActor[]; ties: LayoutTie[]; only: string[] | null }
  /** Stop where it got to: the worker answers with 'done' for the positions so far. */
  | { type: 'stop' };

export type ForceReply =
  /** Every actor's position now, x0, y0, x1, y1… in the order they were sent: a preview, not saved. */
  | { type: 'frame'; positions: Float64Array; tick: number }
  | { type: 'done'; placements: Placement[]; stopped: boolean; ticks: number; ms: number }
  | { type: 'error'; message: string };
